package dev.gauntlet.measure;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fault hit, as its journal line names it (docs/chaos.md) and summary.json repeats it.
 *
 * @param component {@code runtime}, {@code gateway} or {@code scheduler}
 * @param id the pod id, or the component's name or URL (e.g. {@code gateway-1})
 * @param pid its process, null where the deployment kind has none
 * @param app the pod's app; null for gateways and the scheduler
 * @param sessions attached sessions when the action hit; null when not recorded
 * @param endpoint where it serves ({@code http://127.0.0.1:PORT}); null when unknown
 * @param sessionIds the runtime sessions on a pod when the action hit; null when not recorded
 */
public record FaultTarget(String component, String id, Long pid, String app, Integer sessions, String endpoint,
    List<String> sessionIds) {

  public static final String RUNTIME = "runtime";
  public static final String GATEWAY = "gateway";
  public static final String SCHEDULER = "scheduler";

  public FaultTarget {
    sessionIds = sessionIds == null ? null : List.copyOf(sessionIds);
  }

  /** A target with only its identity, as older journals and hand-written fixtures have it. */
  public static FaultTarget of(String component, String id, Long pid, String app) {
    return new FaultTarget(component, id, pid, app, null, null, null);
  }

  /** The line's form: component, id, pid and app always (app may be null), the rest when known. */
  @JsonValue
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("component", component);
    m.put("id", id);
    m.put("pid", pid);
    m.put("app", app);
    if (sessions != null) {
      m.put("sessions", sessions);
    }
    if (endpoint != null) {
      m.put("endpoint", endpoint);
    }
    if (sessionIds != null) {
      m.put("sessionIds", sessionIds);
    }
    return m;
  }
}
