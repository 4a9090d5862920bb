package dev.gauntlet.trend;

/**
 * The newest run of a scenario on one statistic, against its baseline segment.
 *
 * @param value the newest run's value; null when it has none
 * @param median the baseline's level; null when not judged
 * @param spread the baseline's robust spread (1.4826 x MAD); null when not judged
 * @param threshold how far worse than the median the value may be; null when not judged
 * @param baselineRuns the runs of the baseline segment
 * @param since the baseline segment's first run; null when not judged
 * @param reason why it was not judged; null when judged
 */
public record GateVerdict(String scenario, Statistic statistic, Run newest, Double value, Double median, Double spread,
    Double threshold, int baselineRuns, Run since, Outcome outcome, String reason) {

  /** What the gate found. */
  public enum Outcome {
    PASSED("passed"),
    REGRESSED("regressed"),
    /** The newest run has no value, or too few runs came before it. */
    NOT_JUDGED("not judged");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** As the JSON writes it (the table writes REGRESSED in capitals). */
    public String label() {
      return label;
    }
  }

  static GateVerdict notJudged(String scenario, Statistic statistic, Run newest, Double value, String reason) {
    return new GateVerdict(scenario, statistic, newest, value, null, null, null, 0, null, Outcome.NOT_JUDGED, reason);
  }

  public boolean regressed() {
    return outcome == Outcome.REGRESSED;
  }

  /** value - median; null when not judged. */
  public Double change() {
    return value == null || median == null ? null : value - median;
  }

  /** The change in percent of |median|; null when not judged or the median is 0. */
  public Double changePercent() {
    Double change = change();
    return change == null || median == 0 ? null : change / Math.abs(median) * 100;
  }
}
