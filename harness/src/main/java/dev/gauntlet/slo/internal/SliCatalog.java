package dev.gauntlet.slo.internal;

import dev.gauntlet.slo.SliKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The SLIs an objective may name and their kinds (docs/slo.md's catalogue). */
public final class SliCatalog {

  private static final Map<String, SliKind> KINDS = new LinkedHashMap<>();

  static {
    for (String latency : new String[] {"ttfr_ms", "ttfr_cold_ms", "ttfr_warm_ms", "rerun_ms", "failover_ms",
        "pod_start_ms", "recovery_ms"}) {
      KINDS.put(latency, SliKind.LATENCY);
    }
    KINDS.put("interaction_success", SliKind.RATIO);
    KINDS.put("session_success", SliKind.RATIO);
    KINDS.put("lost_sessions", SliKind.COUNT);
    KINDS.put("failed_sessions", SliKind.COUNT);
    KINDS.put("failed_interactions", SliKind.COUNT);
  }

  private SliCatalog() {}

  /** The kind of {@code sli}, or null when it is not one. */
  public static SliKind kind(String sli) {
    return KINDS.get(sli);
  }

  public static Set<String> names() {
    return KINDS.keySet();
  }
}
