package dev.gauntlet.trend;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The significance of a candidate cut, as E-Divisive judges it: if the series had no further change,
 * the order of the values inside each segment found so far would not matter. So the values are shuffled
 * inside each segment, the best cut of every segment is found again, and the largest Q-hat among them is
 * compared with the candidate's. The p-value is the share of shuffles that reach the candidate's Q-hat,
 * counting the observed order as one of them: {@code p = (1 + #(shuffled >= observed)) / (1 + permutations)},
 * never 0, at least {@code 1 / (1 + permutations)} (0.005 with 199).
 *
 * <p>The shuffles stop once the p-value can no longer fall to the significance: a candidate that fails is
 * not reported, so its exact p-value is not needed, and noise is judged in a few shuffles.
 */
final class PermutationTest {

  private PermutationTest() {}

  /**
   * @param z the series
   * @param bounds the segments found so far, as ascending boundaries: 0, each change index, z.length
   * @param observed the candidate's Q-hat
   * @param rng the seeded source of the shuffles (the caller's, so a series gives the same answer every time)
   */
  static double pValue(double[] z, List<Integer> bounds, double observed, int permutations, int minSegment,
      double significance, SplittableRandom rng) {
    int reached = 0;
    double[] shuffled = new double[z.length];
    for (int r = 1; r <= permutations; r++) {
      System.arraycopy(z, 0, shuffled, 0, z.length);
      double max = Double.NEGATIVE_INFINITY;
      for (int s = 0; s + 1 < bounds.size(); s++) {
        shuffle(shuffled, bounds.get(s), bounds.get(s + 1), rng);
        EnergyStatistic.Cut cut = EnergyStatistic.best(shuffled, bounds.get(s), bounds.get(s + 1), minSegment);
        if (cut != null) {
          max = Math.max(max, cut.qHat());
        }
      }
      if (max >= observed) {
        reached++;
        if ((1.0 + reached) / (1.0 + permutations) > significance) {
          return (1.0 + reached) / (1.0 + r); // already not significant: at least this
        }
      }
    }
    return (1.0 + reached) / (1.0 + permutations);
  }

  /** Fisher-Yates over {@code z[start, end)}. */
  private static void shuffle(double[] z, int start, int end, SplittableRandom rng) {
    for (int i = end - 1; i > start; i--) {
      int j = start + rng.nextInt(i - start + 1);
      double t = z[i];
      z[i] = z[j];
      z[j] = t;
    }
  }
}
