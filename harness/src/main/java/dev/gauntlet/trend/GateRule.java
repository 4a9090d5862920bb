package dev.gauntlet.trend;

/**
 * How far the newest run may move from its baseline before the gate fails: the baseline is the last stable
 * segment (the runs since the last change point, the newest left out), its level the median and its noise
 * the robust spread {@code 1.4826 x MAD} (median absolute deviation, in the units of a standard deviation).
 * The newest run regressed when it is worse than the median by more than
 * {@code max(sigmas x spread, floor)}: the spread is the noise the history itself shows, so no sample
 * count rule is needed; the floor keeps a very quiet history from failing on a change nobody would act on:
 * {@code minChangePercent} of the median for latencies and capacity, {@value #SUCCESS_POINTS} points for
 * interaction_success (compare's --noise-success), one for counts (one lost session more than usual is not a
 * trend; an objective such as {@code lost_sessions <= 0} is the way to forbid any).
 *
 * @param sigmas how many robust spreads a run may move by (3: about 1 run in 700 of a normal noise)
 * @param minChangePercent the smallest relative change that fails, in percent of the median
 */
public record GateRule(double sigmas, double minChangePercent) {

  public static final GateRule DEFAULT = new GateRule(3, 5);
  static final double SUCCESS_POINTS = 0.5;
  private static final double EPSILON = 1e-9; // summaries round to 3 decimals

  public GateRule {
    if (!(sigmas >= 0) || !(minChangePercent >= 0)) {
      throw new IllegalArgumentException("--gate-sigmas and --gate-min-change cannot be negative");
    }
  }

  /** The newest run's value against the baseline segment's values. */
  GateVerdict judge(String scenario, Statistic statistic, Run newest, double value, Run since, double[] baseline) {
    double median = Robust.median(baseline);
    double spread = Robust.sigma(baseline);
    double threshold = Math.max(sigmas * spread, floor(statistic, median));
    boolean regressed = statistic.worse().worsening(value - median) > threshold + EPSILON;
    return new GateVerdict(scenario, statistic, newest, value, median, spread, threshold, baseline.length, since,
        regressed ? GateVerdict.Outcome.REGRESSED : GateVerdict.Outcome.PASSED, null);
  }

  private double floor(Statistic statistic, double median) {
    return switch (statistic.unit()) {
      case "percent" -> SUCCESS_POINTS;
      case "count" -> 1;
      default -> minChangePercent / 100 * Math.abs(median);
    };
  }
}
