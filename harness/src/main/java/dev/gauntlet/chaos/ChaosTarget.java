package dev.gauntlet.chaos;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something an action can hit: a runtime pod or a supervised component of the deployment.
 *
 * @param component {@code runtime}, {@code gateway} or {@code scheduler}
 * @param id the pod id, or the component's name (e.g. {@code gateway-1})
 * @param app the pod's app; null for gateways and the scheduler
 * @param sessions attached sessions (pods); 0 for components
 */
public record ChaosTarget(String component, String id, long pid, String app, int sessions) {

  public static final String RUNTIME = "runtime";
  public static final String GATEWAY = "gateway";
  public static final String SCHEDULER = "scheduler";

  public boolean busy() {
    return sessions > 0;
  }

  /** The journal's form: {@code {"component", "id", "pid", "app"}}. */
  public Map<String, Object> journalFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("component", component);
    m.put("id", id);
    m.put("pid", pid);
    m.put("app", app);
    return m;
  }

  @Override
  public String toString() {
    return component + " " + id + " (pid " + pid + (app == null ? "" : ", app " + app) + ")";
  }
}
