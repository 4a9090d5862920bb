package dev.gauntlet.platform.scheduler;

/**
 * A session placed on a pod.
 *
 * @param cold the session waited for a pod that was not ready yet
 * @param waitMillis from the placement request to the answer
 * @param runtimeSessionId the runtime's own session id (as the client sees it), or null
 * @param detachedAt epoch ms the client left, or 0 while attached
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
    long detachedAt) {

  public boolean detached() {
    return detachedAt > 0;
  }

  Placement withRuntimeSessionId(String id) {
    return new Placement(sessionId, app, podId, endpoint, cold, waitMillis, id, placedAt, detachedAt);
  }

  Placement withDetachedAt(long at) {
    return new Placement(sessionId, app, podId, endpoint, cold, waitMillis, runtimeSessionId, placedAt, at);
  }

  /** As a repeated request sees it: not cold (the pod is already there), same wait. */
  Placement again() {
    return new Placement(sessionId, app, podId, endpoint, false, waitMillis, runtimeSessionId, placedAt, detachedAt);
  }
}
