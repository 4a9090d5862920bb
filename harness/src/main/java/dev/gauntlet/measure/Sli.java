package dev.gauntlet.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of SLIs: every name an objective, a steady-state probe, summary.json or the report
 * may use, with its kind (which decides its grammar and unit). The latencies the virtual users
 * record as they go also get an HdrHistogram interval log, {@code histograms/<key>.hlog}.
 */
public enum Sli {
  TTFR("ttfr_ms", SliKind.LATENCY, true),
  TTFR_COLD("ttfr_cold_ms", SliKind.LATENCY, false),
  TTFR_WARM("ttfr_warm_ms", SliKind.LATENCY, false),
  RERUN("rerun_ms", SliKind.LATENCY, true),
  FAILOVER("failover_ms", SliKind.LATENCY, true),
  POD_START("pod_start_ms", SliKind.LATENCY, false),
  RECOVERY("recovery_ms", SliKind.LATENCY, false),
  INTERACTION_SUCCESS("interaction_success", SliKind.RATIO, false),
  SESSION_SUCCESS("session_success", SliKind.RATIO, false),
  LOST_SESSIONS("lost_sessions", SliKind.COUNT, false),
  FAILED_SESSIONS("failed_sessions", SliKind.COUNT, false),
  FAILED_INTERACTIONS("failed_interactions", SliKind.COUNT, false);

  /** The latencies summary.json's {@code sli} lists, in its order. */
  public static final List<Sli> SUMMARIZED = List.of(TTFR, TTFR_COLD, TTFR_WARM, RERUN, FAILOVER);

  private final String key;
  private final SliKind kind;
  private final boolean logged;

  Sli(String key, SliKind kind, boolean logged) {
    this.key = key;
    this.kind = kind;
    this.logged = logged;
  }

  /** The SLI's name in objectives, files and summary.json, e.g. {@code ttfr_ms}. */
  public String key() {
    return key;
  }

  public SliKind kind() {
    return kind;
  }

  /** Recorded by the virtual users into {@code histograms/<key>.hlog} as the run goes. */
  public boolean logged() {
    return logged;
  }

  public static Optional<Sli> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** Every SLI's key, in catalog order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Sli::key).toList();
  }
}
