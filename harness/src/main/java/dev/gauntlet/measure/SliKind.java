package dev.gauntlet.measure;

/** What an SLI measures, which decides an objective's grammar and unit (docs/slo.md). */
public enum SliKind {
  /** Durations in ms, judged by a percentile or the max: {@code ttfr_ms p95 < 2000}. */
  LATENCY("ms"),
  /** Good events over all, in percent: {@code interaction_success >= 99.5%}. */
  RATIO("percent"),
  /** Bad events counted: {@code lost_sessions <= 0}. */
  COUNT("count");

  private final String unit;

  SliKind(String unit) {
    this.unit = unit;
  }

  /** The unit of {@code summary.json}'s {@code slos[].unit}. */
  public String unit() {
    return unit;
  }
}
