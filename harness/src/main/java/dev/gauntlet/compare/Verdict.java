package dev.gauntlet.compare;

/** What one statistic did between the baseline and the current run. */
public enum Verdict {
  IMPROVED("improved"),
  REGRESSED("regressed"),
  WITHIN_NOISE("within noise"),
  /**
   * a side has no value, too few samples ({@link NoiseFloor#minCount()}) or too few beyond a percentile
   * ({@link NoiseFloor#minTail()}); the row's reason says which
   */
  NO_DATA("no data");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** As the table and the JSON write it. */
  public String label() {
    return label;
  }
}
