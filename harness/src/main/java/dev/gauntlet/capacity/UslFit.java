package dev.gauntlet.capacity;

import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits the Universal Scalability Law, X(N) = lambda N / (1 + sigma (N - 1) + kappa N (N - 1)), to
 * throughput measured at concurrency N, by Levenberg-Marquardt least squares (Commons Math).
 * sigma is contention, kappa coherency (crosstalk); throughput peaks at N = sqrt((1 - sigma) / kappa).
 */
public final class UslFit {

  /** Below this R^2 the curve does not describe the points well enough to read the peak off it. */
  public static final double POOR_R2 = 0.9;
  /** Fewer points than this leave three parameters barely determined. */
  public static final int FEW_POINTS = 4;

  private UslFit() {}

  /**
   * The fit's parameters and quality.
   *
   * @param peak the concurrency at which throughput peaks; null when kappa is 0 (no peak)
   * @param r2 1 - residual / total sum of squares of the throughput
   * @param note why the fit should not be trusted (too few points, poor R^2), or null
   */
  public record Usl(Double sigma, Double kappa, Double lambda, Double peak, Double r2, int points, String note) {

    public static Usl none(int points, String note) {
      return new Usl(null, null, null, null, null, points, note);
    }

    /** Throughput the curve gives at concurrency {@code n}. */
    public double throughput(double n) {
      return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }
  }

  /** A measured point: throughput (per second) at concurrency {@code n}. */
  public record Point(double n, double throughput) {}

  public static Usl fit(List<Point> measured) {
    List<Point> points = measured.stream().filter(p -> p.n() > 0 && p.throughput() > 0)
        .sorted(Comparator.comparingDouble(Point::n)).toList();
    if (points.size() < 3) {
      return Usl.none(points.size(), "too few points to fit (" + points.size() + "; the fit needs 3 levels with throughput)");
    }
    double[] n = points.stream().mapToDouble(Point::n).toArray();
    double[] x = points.stream().mapToDouble(Point::throughput).toArray();
    double lambda0 = x[0] / n[0];
    Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
        .start(new double[] {lambda0, 0.05, 0.001})
        .target(x)
        .model(p -> model(p, n))
        .parameterValidator(UslFit::valid)
        .maxEvaluations(10_000)
        .maxIterations(10_000)
        .build());
    double[] p = optimum.getPoint().toArray();
    double mean = java.util.Arrays.stream(x).average().orElse(0);
    double total = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
    double residual = optimum.getResiduals().dotProduct(optimum.getResiduals());
    double r2 = total == 0 ? 0 : 1 - residual / total;
    Double peak = p[2] > 1e-12 ? Math.sqrt((1 - p[1]) / p[2]) : null;
    String note = null;
    if (points.size() < FEW_POINTS) {
      note = "few points (" + points.size() + "): sigma and kappa are barely determined";
    } else if (r2 < POOR_R2) {
      note = String.format(java.util.Locale.ROOT, "poor fit (R^2 %.2f < %.1f): the law does not describe these points;"
          + " read the measured steps, not the curve", r2, POOR_R2);
    }
    return new Usl(p[1], p[2], p[0], peak, r2, points.size(), note);
  }

  /** The law's values at every n and its Jacobian in (lambda, sigma, kappa). */
  private static Pair<RealVector, org.apache.commons.math3.linear.RealMatrix> model(RealVector params, double[] n) {
    double lambda = params.getEntry(0);
    double sigma = params.getEntry(1);
    double kappa = params.getEntry(2);
    double[] values = new double[n.length];
    double[][] jacobian = new double[n.length][3];
    for (int i = 0; i < n.length; i++) {
      double d = 1 + sigma * (n[i] - 1) + kappa * n[i] * (n[i] - 1);
      values[i] = lambda * n[i] / d;
      jacobian[i][0] = n[i] / d;
      jacobian[i][1] = -lambda * n[i] * (n[i] - 1) / (d * d);
      jacobian[i][2] = -lambda * n[i] * n[i] * (n[i] - 1) / (d * d);
    }
    return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
  }

  /** sigma is a share (0..1), kappa and lambda are not negative: the optimizer's steps are held there. */
  private static RealVector valid(RealVector p) {
    return new ArrayRealVector(new double[] {Math.max(p.getEntry(0), 1e-9),
        Math.min(Math.max(p.getEntry(1), 0), 1), Math.max(p.getEntry(2), 0)});
  }
}
