package dev.gauntlet.trend;

import java.util.Arrays;

/** The median and the median absolute deviation: a level and a spread that one outlying night does not move. */
final class Robust {

  /** MAD x this estimates the standard deviation of normally distributed values. */
  static final double MAD_TO_SIGMA = 1.4826;

  private Robust() {}

  static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the median of no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The median of the distances from the median. */
  static double mad(double[] values) {
    double median = median(values);
    return median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
  }

  /** 1.4826 x MAD: the spread in the units of a standard deviation. */
  static double sigma(double[] values) {
    return MAD_TO_SIGMA * mad(values);
  }
}
