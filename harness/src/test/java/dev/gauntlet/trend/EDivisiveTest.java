package dev.gauntlet.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * E-Divisive Means on synthetic series whose changes are known: how many steps it finds (recall), how
 * often it finds one in pure noise (false positives), and that one outlying night is never a change point.
 */
class EDivisiveTest {

  static final int SERIES = 200;
  static final int NIGHTS = 30;

  final EDivisive detector = EDivisive.DEFAULT;

  @Test
  void findsStepsOfThreeToFiveSigmaAndRarelyAnythingInNoise() {
    int found = 0;
    int exact = 0;
    int extra = 0;
    for (long seed = 1; seed <= SERIES; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      int night = 5 + rng.nextInt(NIGHTS - 9); // nights 5..25
      double step = (3 + 2 * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
      double[] z = noise(rng);
      for (int i = night; i < NIGHTS; i++) {
        z[i] += step;
      }
      List<EDivisive.Change> changes = detector.changes(z);
      found += changes.stream().anyMatch(c -> Math.abs(c.index() - night) <= 1) ? 1 : 0;
      exact += changes.stream().anyMatch(c -> c.index() == night) ? 1 : 0;
      extra += (int) changes.stream().filter(c -> Math.abs(c.index() - night) > 1).count();
    }
    int noisy = 0;
    for (long seed = 1; seed <= SERIES; seed++) {
      noisy += detector.changes(noise(new SplittableRandom(1_000_000 + seed))).isEmpty() ? 0 : 1;
    }
    double recall = (double) found / SERIES;
    double falsePositiveRate = (double) noisy / SERIES;
    System.out.printf(Locale.ROOT, "E-Divisive over %d series of %d nights: recall %.3f (%d of %d steps of 3-5 sigma "
        + "found within a night, %d at their night), %d extra change points in the step series; false-positive "
        + "rate %.3f (%d of %d pure-noise series with a change point)%n", SERIES, NIGHTS, recall, found, SERIES, exact,
        extra, falsePositiveRate, noisy, SERIES);

    assertThat(recall).isGreaterThanOrEqualTo(0.9);
    assertThat(falsePositiveRate).isLessThanOrEqualTo(0.1);
  }

  @Test
  void aSingleOutlyingNightIsNeverAChangePoint() {
    int atOutlier = 0;
    int any = 0;
    for (long seed = 1; seed <= SERIES; seed++) {
      SplittableRandom rng = new SplittableRandom(2_000_000 + seed);
      int night = 1 + rng.nextInt(NIGHTS - 2);
      double[] z = noise(rng);
      z[night] += (5 + 5 * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
      List<EDivisive.Change> changes = detector.changes(z);
      atOutlier += changes.stream().anyMatch(c -> c.index() == night || c.index() == night + 1) ? 1 : 0;
      any += changes.isEmpty() ? 0 : 1;
    }
    System.out.printf(Locale.ROOT, "E-Divisive over %d noise series with one outlier of 5-10 sigma: %d with a change "
        + "point at the outlier, %d with any%n", SERIES, atOutlier, any);

    assertThat(atOutlier).isZero();
    assertThat((double) any / SERIES).isLessThanOrEqualTo(0.1);
  }

  @Test
  void theSameSeriesGivesTheSameChangePointsAndPValues() {
    double[] z = noise(new SplittableRandom(7));
    for (int i = 15; i < NIGHTS; i++) {
      z[i] += 4;
    }

    List<EDivisive.Change> first = detector.changes(z);

    assertThat(detector.changes(z.clone())).isEqualTo(first);
    assertThat(first).extracting(EDivisive.Change::index).containsExactly(15);
    assertThat(first.get(0).pValue()).isEqualTo(1.0 / (1 + detector.permutations()));
  }

  @Test
  void twoStepsAreTwoChangePointsAndEachSideKeepsTheMinimumSegment() {
    double[] z = noise(new SplittableRandom(11));
    for (int i = 10; i < NIGHTS; i++) {
      z[i] += i < 20 ? 5 : -5;
    }

    assertThat(detector.changes(z)).extracting(EDivisive.Change::index).containsExactly(10, 20);
    assertThat(detector.changes(new double[] {0, 0, 9, 9, 9})).isEmpty(); // 2 + 3 values: no side of 3 and 3
    assertThat(detector.changes(new double[] {1, 1, 1, 1, 1, 1, 1, 1})).isEmpty();
  }

  @Test
  void theScanAgreesWithTheDivergenceComputedPairByPair() {
    double[] z = noise(new SplittableRandom(3));
    EnergyStatistic.Cut best = EnergyStatistic.best(z, 2, 27, 3);

    double max = Double.NEGATIVE_INFINITY;
    int at = -1;
    for (int tau = 5; tau <= 24; tau++) {
      double q = naiveQHat(z, 2, tau, 27);
      if (q > max) {
        max = q;
        at = tau;
      }
    }
    assertThat(best.tau()).isEqualTo(at);
    assertThat(best.qHat()).isCloseTo(max, org.assertj.core.data.Offset.offset(1e-9));
  }

  static double[] noise(SplittableRandom rng) {
    double[] z = new double[NIGHTS];
    for (int i = 0; i < NIGHTS; i++) {
      z[i] = rng.nextGaussian();
    }
    return z;
  }

  /** Q-hat straight from its definition (Matteson and James 2014, alpha = 1). */
  private static double naiveQHat(double[] z, int start, int tau, int end) {
    int m = tau - start;
    int k = end - tau;
    double across = 0;
    double left = 0;
    double right = 0;
    for (int i = start; i < tau; i++) {
      for (int j = tau; j < end; j++) {
        across += Math.abs(z[i] - z[j]);
      }
      for (int j = i + 1; j < tau; j++) {
        left += Math.abs(z[i] - z[j]);
      }
    }
    for (int i = tau; i < end; i++) {
      for (int j = i + 1; j < end; j++) {
        right += Math.abs(z[i] - z[j]);
      }
    }
    double e = 2 * across / (m * k) - left / (m * (m - 1) / 2.0) - right / (k * (k - 1) / 2.0);
    return (double) m * k / (m + k) * e;
  }
}
