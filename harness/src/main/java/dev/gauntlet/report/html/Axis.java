package dev.gauntlet.report.html;

import java.util.ArrayList;
import java.util.List;

/** Round tick positions for a chart's axes: values from 0 up, times as offsets from the run's start. */
public final class Axis {

  private static final long[] TIME_STEPS_MILLIS = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000,
      120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000};

  private Axis() {}

  /** The top of a value axis: a round number at or above {@code max} (1 when there is nothing above 0). */
  public static double top(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double step = step(max * 1.05, 5);
    return Math.ceil(max * 1.05 / step) * step;
  }

  /** Ticks from 0 to {@code top} at a round step (1, 2, 2.5 or 5 x 10^n), about {@code about} of them. */
  public static List<Double> ticks(double top, int about) {
    double step = step(top, about);
    List<Double> ticks = new ArrayList<>();
    for (int i = 0; i * step <= top * (1 + 1e-9) && i <= 4 * about; i++) {
      ticks.add(i * step);
    }
    return ticks;
  }

  /** Time ticks over {@code [0, spanMillis]}: at most 8, a round number of seconds or minutes apart. */
  static List<Long> timeTicks(long spanMillis) {
    long step = TIME_STEPS_MILLIS[TIME_STEPS_MILLIS.length - 1];
    for (long s : TIME_STEPS_MILLIS) {
      if (spanMillis / s <= 8) {
        step = s;
        break;
      }
    }
    List<Long> ticks = new ArrayList<>();
    for (long t = 0; t <= spanMillis && ticks.size() < 50; t += step) {
      ticks.add(t);
    }
    return ticks;
  }

  /** A value tick's label: ms values past a second in seconds. */
  public static String label(double value, String unit) {
    if (unit.equals("ms")) {
      return value >= 1000 ? Html.number(value / 1000) + " s" : Html.number(value) + " ms";
    }
    return Html.number(value);
  }

  private static double step(double range, int about) {
    double raw = range / Math.max(1, about);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
