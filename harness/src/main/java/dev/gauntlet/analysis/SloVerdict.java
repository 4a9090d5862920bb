package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One objective's verdict in {@code summary.json}'s {@code slos} (docs/summary.md).
 *
 * @param name unique in the run; what junit.xml and the terminal call it
 * @param sli the SLI it reads, e.g. {@code ttfr_ms}, {@code interaction_success}, {@code lost_sessions}
 * @param objective as written, e.g. {@code ttfr_ms p95 < 2000}
 * @param scope {@code run}, {@code steady} or {@code fault}
 * @param app the app it is limited to, or null for every app
 * @param measured the value the objective judged (ms, percent or a count, see {@code unit}); null without samples
 * @param unit {@code ms}, {@code percent} or {@code count}
 * @param samples how many events the value stands on
 * @param note why it is not met when the value alone does not say (too few samples, ...), else null
 * @param budget the error budget of a ratio objective, else null
 */
@JsonPropertyOrder({"name", "sli", "objective", "scope", "app", "measured", "unit", "samples", "met", "note", "budget"})
public record SloVerdict(String name, String sli, String objective, String scope, String app, Double measured,
    String unit, long samples, boolean met, String note, Budget budget) {

  /**
   * A ratio objective's error budget.
   *
   * @param events good and bad events in the objective's scope
   * @param allowed bad events the target allows: (1 - target) x events
   * @param consumed bad events seen
   * @param consumedPercent consumed / allowed x 100; null when nothing is allowed
   * @param burnRate the bad-event rate over the allowed rate, in steady and in fault windows
   */
  @JsonPropertyOrder({"events", "allowed", "consumed", "consumedPercent", "burnRate"})
  public record Budget(long events, double allowed, long consumed, Double consumedPercent, BurnRate burnRate) {}

  /** Burn rates (1.0 spends the budget exactly over the run); null where the windows had no events. */
  @JsonPropertyOrder({"steady", "fault"})
  public record BurnRate(Double steady, Double fault) {}
}
