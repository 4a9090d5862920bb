package dev.gauntlet.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UslFitTest {

  private static List<UslFit.Point> synthetic(double lambda, double sigma, double kappa, double noise, long seed,
      double... levels) {
    Random random = new Random(seed);
    List<UslFit.Point> points = new ArrayList<>();
    for (double n : levels) {
      double x = lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
      points.add(new UslFit.Point(n, x * (1 + noise * random.nextGaussian())));
    }
    return points;
  }

  @Test
  void recoversKnownSigmaAndKappaFromNoisyData() {
    double[] levels = {1, 2, 4, 8, 12, 16, 24, 32, 48, 64};
    for (long seed = 1; seed <= 5; seed++) {
      UslFit.Usl fit = UslFit.fit(synthetic(20, 0.05, 0.002, 0.01, seed, levels));
      assertThat(fit.sigma()).as("sigma, seed " + seed).isCloseTo(0.05, within(0.015));
      assertThat(fit.kappa()).as("kappa, seed " + seed).isCloseTo(0.002, within(0.0006));
      assertThat(fit.lambda()).isCloseTo(20, within(1.0));
      assertThat(fit.peak()).isCloseTo(Math.sqrt(0.95 / 0.002), within(4.0));
      assertThat(fit.r2()).isGreaterThan(0.98);
      assertThat(fit.note()).isNull();
    }
  }

  @Test
  void aLinearSystemHasNoPeak() {
    UslFit.Usl fit = UslFit.fit(synthetic(5, 0, 0, 0, 1, 1, 2, 4, 8, 16));
    assertThat(fit.sigma()).isCloseTo(0, within(1e-6));
    assertThat(fit.peak()).isNull();
    assertThat(fit.r2()).isCloseTo(1, within(1e-9));
  }

  @Test
  void scatteredPointsAreNotedAsAPoorFit() {
    List<UslFit.Point> points = List.of(new UslFit.Point(1, 10), new UslFit.Point(2, 2), new UslFit.Point(4, 30),
        new UslFit.Point(8, 3), new UslFit.Point(16, 25));
    UslFit.Usl fit = UslFit.fit(points);
    assertThat(fit.r2()).isLessThan(UslFit.POOR_R2);
    assertThat(fit.note()).startsWith("poor fit (R^2 ");
  }

  @Test
  void tooFewPointsAreSaid() {
    assertThat(UslFit.fit(List.of(new UslFit.Point(1, 3), new UslFit.Point(2, 5))).note())
        .startsWith("too few points to fit (2;");
    assertThat(UslFit.fit(synthetic(5, 0.1, 0.01, 0, 1, 1, 2, 4)).note()).startsWith("few points (3)");
  }
}
