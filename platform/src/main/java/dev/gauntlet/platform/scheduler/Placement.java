package dev.gauntlet.platform.scheduler;

/**
 * A session placed on a pod.
 *
 * @param cold the session waited for a pod that was not ready yet
 * @param waitMillis from the placement request to the answer
 * @param runtimeSessionId the runtime's own session id (as the client sees it), or null
 * @param detachedAt epoch ms the client left, or 0 while attached
 * @param viewer who the session belongs to (the gateway's authenticated subject), or null when open
 */
public record Placement(
    String sessionId,
    String app,
    String podId,
    String endpoint,
    boolean cold,
    long waitMillis,
    String runtimeSessionId,
    long placedAt,
    long detachedAt,
    String viewer) {

  public boolean detached() {
    return detachedAt > 0;
  }

  /** Whether {@code asker} may have this session: open sessions and open askers match anything. */
  boolean belongsTo(String asker) {
    return viewer == null || asker == null || viewer.equals(asker);
  }

  Placement withRuntimeSessionId(String id) {
    return new Placement(sessionId, app, podId, endpoint, cold, waitMillis, id, placedAt, detachedAt, viewer);
  }

  Placement withDetachedAt(long at) {
    return new Placement(sessionId, app, podId, endpoint, cold, waitMillis, runtimeSessionId, placedAt, at, viewer);
  }

  /** As a repeated request sees it: not cold (the pod is already there), same wait. */
  Placement again() {
    return new Placement(sessionId, app, podId, endpoint, false, waitMillis, runtimeSessionId, placedAt, detachedAt, viewer);
  }
}
