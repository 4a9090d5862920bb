package dev.gauntlet.chaos;

import dev.gauntlet.measure.FaultTarget;

/**
 * Something an action can hit: a runtime pod or a supervised component of the deployment.
 *
 * @param component {@code runtime}, {@code gateway} or {@code scheduler}
 * @param id the pod id, or the component's name (e.g. {@code gateway-1})
 * @param app the pod's app; null for gateways and the scheduler
 * @param sessions attached sessions (pods), as the scheduler counted them when the action hit; 0 for components
 * @param endpoint where it serves ({@code http://127.0.0.1:PORT}), so a fault joins to the sessions
 *     that came through it; null when unknown
 * @param sessionIds the runtime session ids of the attached sessions on a pod when it was read
 *     (the scheduler's placements); empty for components
 */
public record ChaosTarget(String component, String id, long pid, String app, int sessions, String endpoint,
    java.util.List<String> sessionIds) {

  public ChaosTarget {
    sessionIds = sessionIds == null ? java.util.List.of() : java.util.List.copyOf(sessionIds);
  }

  public ChaosTarget(String component, String id, long pid, String app, int sessions) {
    this(component, id, pid, app, sessions, null, java.util.List.of());
  }

  public static final String RUNTIME = "runtime";
  public static final String GATEWAY = "gateway";
  public static final String SCHEDULER = "scheduler";

  public boolean busy() {
    return sessions > 0;
  }

  /** As the journal's fault lines name it: sessionIds for pods only. */
  public FaultTarget faultTarget() {
    return new FaultTarget(component, id, pid, app, sessions, endpoint, RUNTIME.equals(component) ? sessionIds : null);
  }

  @Override
  public String toString() {
    return component + " " + id + " (pid " + pid + (app == null ? "" : ", app " + app) + ")";
  }
}
