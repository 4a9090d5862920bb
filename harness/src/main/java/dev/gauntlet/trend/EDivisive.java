package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * E-Divisive Means: change points of a series by recursive bisection (Matteson and James, "A
 * Nonparametric Approach for Multiple Change Point Analysis of Multivariate Data", JASA 2014; as MongoDB
 * runs it on its nightly performance results: Daly et al., "The Use of Change Point Detection to Identify
 * Software Performance Regressions in a Continuous Integration System", ICPE 2020).
 *
 * <ol>
 *   <li>Start with the whole series as one segment.
 *   <li>In every segment, find the cut with the largest divergence Q-hat between its two sides
 *       ({@link EnergyStatistic}, alpha = 1), each side at least {@code minSegment} values long.
 *   <li>Take the largest Q-hat over all segments and test it ({@link PermutationTest}, {@code permutations}
 *       shuffles inside each segment): when its p-value is at most {@code significance}, the cut is a change
 *       point; it splits its segment in two and the search goes back to step 2. Otherwise the search stops.
 * </ol>
 *
 * No distribution is assumed (the test only shuffles), and the minimum segment means a change must hold for
 * {@code minSegment} values in a row: one outlying night sits on neither side of a cut for long enough to
 * be one. The shuffles come from a {@link SplittableRandom} seeded with {@code seed} for each series, so
 * the same series always gives the same change points.
 *
 * @param minSegment the fewest values on either side of a change point (at least 2: a side needs a pair)
 * @param significance the largest p-value a change point may have
 * @param permutations the shuffles of the test (199: p-values down to 0.005)
 * @param seed the seed of the shuffles
 */
public record EDivisive(int minSegment, double significance, int permutations, long seed) {

  /** The parameters gauntlet trend uses: minimum segment 3 runs, significance 0.05, 199 permutations. */
  public static final EDivisive DEFAULT = new EDivisive(3, 0.05, 199, 20_140_101L);

  public EDivisive {
    if (minSegment < 2 || !(significance > 0 && significance < 1) || permutations < 1) {
      throw new IllegalArgumentException("E-Divisive needs minSegment >= 2, 0 < significance < 1 and permutations >= 1, "
          + "not " + minSegment + ", " + significance + ", " + permutations);
    }
  }

  /** A change point: the index where the new level starts, and its p-value. */
  public record Change(int index, double pValue) {}

  /** The change points of {@code z}, by ascending index. */
  public List<Change> changes(double[] z) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Integer> bounds = new ArrayList<>(List.of(0, z.length));
    List<Change> changes = new ArrayList<>();
    while (true) {
      EnergyStatistic.Cut candidate = null;
      for (int s = 0; s + 1 < bounds.size(); s++) {
        EnergyStatistic.Cut cut = EnergyStatistic.best(z, bounds.get(s), bounds.get(s + 1), minSegment);
        if (cut != null && (candidate == null || cut.qHat() > candidate.qHat())) {
          candidate = cut;
        }
      }
      if (candidate == null) {
        break;
      }
      double p = PermutationTest.pValue(z, bounds, candidate.qHat(), permutations, minSegment, significance, rng);
      if (p > significance) {
        break;
      }
      changes.add(new Change(candidate.tau(), p));
      bounds.add(candidate.tau());
      bounds.sort(Comparator.naturalOrder());
    }
    changes.sort(Comparator.comparingInt(Change::index));
    return changes;
  }
}
