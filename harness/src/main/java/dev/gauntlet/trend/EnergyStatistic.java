package dev.gauntlet.trend;

/**
 * The divergence of E-Divisive Means (Matteson and James 2014) with alpha = 1, for one segment of a
 * series cut in two at every admissible place.
 *
 * <p>For a segment cut at {@code tau} into a left side X (m values) and a right side Y (k values):
 *
 * <pre>
 *   E-hat(X, Y) = 2/(m k) sum_{i,j} |x_i - y_j|  -  sum_{i<j} |x_i - x_j| / C(m,2)  -  sum_{i<j} |y_i - y_j| / C(k,2)
 *   Q-hat(X, Y) = m k / (m + k) * E-hat(X, Y)
 * </pre>
 *
 * E-hat is the energy distance between the two sides: the mean distance across the cut minus the mean
 * distances within each side. It is zero in expectation when both sides come from one distribution and
 * grows with any difference between them (level, and with alpha = 1 also spread); the factor m k / (m + k)
 * weighs a cut by how many values stand on each side. The right side runs to the segment's end (the
 * variant of MongoDB's published implementation; the paper also searches where the right side ends).
 *
 * <p>All cuts are scanned in O(L^2) for a segment of L values: moving the cut one value to the right moves
 * that value's distances from the across-cut sum into the left side's sum, and from the right side's into
 * the across-cut sum.
 */
final class EnergyStatistic {

  private EnergyStatistic() {}

  /** The best cut of a segment: the first index of its right side, and its Q-hat. */
  record Cut(int tau, double qHat) {}

  /**
   * The cut of {@code z[start, end)} with the largest Q-hat, each side at least {@code minSegment} long.
   *
   * @return null when the segment is shorter than two minimum segments
   */
  static Cut best(double[] z, int start, int end, int minSegment) {
    if (end - start < 2 * minSegment) {
      return null;
    }
    double within = 0; // all pairs of the segment, at first all on the right side
    for (int i = start; i < end; i++) {
      for (int j = i + 1; j < end; j++) {
        within += Math.abs(z[i] - z[j]);
      }
    }
    double left = 0;
    double across = 0;
    double right = within;
    Cut best = null;
    for (int tau = start; tau < end - minSegment; tau++) {
      // z[tau] moves from the right side to the left side
      double toLeft = 0;
      for (int i = start; i < tau; i++) {
        toLeft += Math.abs(z[i] - z[tau]);
      }
      double toRight = 0;
      for (int j = tau + 1; j < end; j++) {
        toRight += Math.abs(z[tau] - z[j]);
      }
      left += toLeft;
      right -= toRight;
      across += toRight - toLeft;
      int cut = tau + 1;
      int m = cut - start;
      int k = end - cut;
      if (m < minSegment) {
        continue;
      }
      double q = qHat(m, k, left, across, right);
      if (best == null || q > best.qHat()) {
        best = new Cut(cut, q);
      }
    }
    return best;
  }

  /** Q-hat from the sums of distances within the left side, across the cut and within the right side. */
  static double qHat(int m, int k, double left, double across, double right) {
    double energy = 2 * across / ((double) m * k) - left / (m * (m - 1) / 2.0) - right / (k * (k - 1) / 2.0);
    return (double) m * k / (m + k) * energy;
  }
}
