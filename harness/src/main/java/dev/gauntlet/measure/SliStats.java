package dev.gauntlet.measure;

import org.HdrHistogram.Histogram;

/**
 * One SLI's statistics, in milliseconds with up to 3 decimals: from an HdrHistogram of the values
 * in microseconds (3 significant digits), so percentiles are what HdrHistogram reports.
 */
public record SliStats(long count, double p50, double p95, double p99, double max) {

  public static final SliStats EMPTY = new SliStats(0, 0, 0, 0, 0);

  /** A histogram to feed {@link #record} with. */
  public static Histogram histogram() {
    return new Histogram(3);
  }

  /** Records a duration given in ms (fractions kept to the microsecond). */
  public static void record(Histogram histogram, double millis) {
    histogram.recordValue(Math.max(0, Math.round(millis * 1_000)));
  }

  public static SliStats of(Histogram h) {
    if (h.getTotalCount() == 0) {
      return EMPTY;
    }
    return new SliStats(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
        ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()));
  }

  private static double ms(long micros) {
    return micros / 1_000.0;
  }
}
