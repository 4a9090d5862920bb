package dev.gauntlet.trend;

/**
 * Where a statistic's level changed.
 *
 * @param statistic the statistic
 * @param run the run where the new level starts (its git commit is the first one with it)
 * @param index the run's index in the series
 * @param before the median of the segment that ends here
 * @param after the median of the segment that starts here
 * @param pValue the permutation test's p-value
 * @param direction regressed or improved, by the statistic's worse direction
 */
public record ChangePoint(Statistic statistic, Run run, int index, double before, double after, double pValue,
    Direction direction) {

  /** The git commit of the run where the new level starts; null when unknown. */
  public String gitCommit() {
    return run.gitCommit();
  }

  /** (after - before) / |before| in percent; null when before is 0. */
  public Double changePercent() {
    return before == 0 ? null : (after - before) / Math.abs(before) * 100;
  }
}
