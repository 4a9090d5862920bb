package dev.gauntlet.trend;

import dev.gauntlet.measure.SliKind;

/** Which way a statistic moves when things get worse. */
public enum Worse {
  /** Latencies, failures and losses, a fit's contention and coherency. */
  HIGHER("higher"),
  /** Success ratios and capacity. */
  LOWER("lower");

  private final String label;

  Worse(String label) {
    this.label = label;
  }

  /** As the JSON writes it. */
  public String label() {
    return label;
  }

  /** What the SLI catalog's kind says: a ratio of good events is worse lower; latencies and counts of bad events higher. */
  public static Worse of(SliKind kind) {
    return kind == SliKind.RATIO ? LOWER : HIGHER;
  }

  /** {@code change} (after - before) in the direction of worse: positive when worse. */
  public double worsening(double change) {
    return this == HIGHER ? change : -change;
  }
}
