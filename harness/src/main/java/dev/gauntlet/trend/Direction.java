package dev.gauntlet.trend;

/** Which way a change point moved its statistic. */
public enum Direction {
  REGRESSED("regressed"),
  IMPROVED("improved"),
  /** The distribution changed (its spread) but neither its median nor its mean moved. */
  UNCHANGED("unchanged");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** As the table and the JSON write it. */
  public String label() {
    return label;
  }

  /** From the medians of the segments either side of a change (their means when the medians are equal). */
  static Direction of(Worse worse, double beforeMedian, double afterMedian, double beforeMean, double afterMean) {
    double change = afterMedian != beforeMedian ? afterMedian - beforeMedian : afterMean - beforeMean;
    double worsening = worse.worsening(change);
    return worsening > 0 ? REGRESSED : worsening < 0 ? IMPROVED : UNCHANGED;
  }
}
