package dev.gauntlet.compare;

import dev.gauntlet.analysis.Capacity;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of two capacity searches (docs/capacity.md): maxLoad (higher is better; within noise when
 * it moved at most the searches' resolution or the relative floor), the USL fit's peak concurrency
 * (the knee; higher is better) and its sigma and kappa (lower is better), each under the relative
 * floor; a fit with a note (poor, too few points) on either side is no data.
 */
final class CapacityRows {

  private static final double EPSILON = 1e-9;

  private CapacityRows() {}

  static List<Row> rows(Capacity b, Capacity c, NoiseFloor floor) {
    List<Row> rows = new ArrayList<>();
    long bSteps = b.steps().size();
    long cSteps = c.steps().size();
    double resolution = Math.max(b.resolution(), c.resolution());
    rows.add(new Row("capacity", "maxLoad", b.variable(), b.maxLoad(), c.maxLoad(), bSteps, cSteps,
        higherBetter(b.maxLoad(), c.maxLoad(), resolution, floor)));
    String unfit = unfit(b.usl(), c.usl());
    rows.add(row("usl.peak", b.usl().peak(), c.usl().peak(), b, c, unfit, true, floor));
    rows.add(row("usl.sigma", b.usl().sigma(), c.usl().sigma(), b, c, unfit, false, floor));
    rows.add(row("usl.kappa", b.usl().kappa(), c.usl().kappa(), b, c, unfit, false, floor));
    return rows;
  }

  private static Row row(String stat, Double bValue, Double cValue, Capacity b, Capacity c, String unfit,
      boolean higherIsBetter, NoiseFloor floor) {
    Judgement judgement;
    if (unfit != null) {
      judgement = Judgement.noData(unfit);
    } else if (bValue == null || cValue == null) {
      judgement = Judgement.noData("no " + stat + " in " + (bValue == null ? "the baseline" : "the current run")
          + " (kappa 0: throughput has no peak)");
    } else {
      judgement = higherIsBetter ? higherBetter(bValue, cValue, 0, floor) : higherBetter(-bValue, -cValue, 0, floor);
    }
    return new Row("capacity", stat, "", bValue, cValue, (long) b.usl().points(), (long) c.usl().points(), judgement);
  }

  /** Higher is better: within noise when the change is at most {@code absolute} or the relative floor of the baseline. */
  private static Judgement higherBetter(double baseline, double current, double absolute, NoiseFloor floor) {
    double delta = current - baseline;
    boolean small = Math.abs(delta) <= absolute + EPSILON
        || baseline != 0 && Math.abs(delta) / Math.abs(baseline) * 100 <= floor.relativePercent() + EPSILON;
    return Judgement.of(small ? Verdict.WITHIN_NOISE : delta < 0 ? Verdict.REGRESSED : Verdict.IMPROVED);
  }

  /** Why the fits cannot be compared: one is missing or carries a note; null when both are sound. */
  private static String unfit(Capacity.Usl b, Capacity.Usl c) {
    if (b.sigma() == null || b.note() != null) {
      return "the baseline's fit: " + (b.note() == null ? "none" : b.note());
    }
    if (c.sigma() == null || c.note() != null) {
      return "the current run's fit: " + (c.note() == null ? "none" : c.note());
    }
    return null;
  }
}
