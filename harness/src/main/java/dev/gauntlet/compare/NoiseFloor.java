package dev.gauntlet.compare;

import java.time.Duration;
import java.util.Locale;

/**
 * How big a change must be before it counts. A latency change is within noise when its size is at
 * most {@code absolute} or at most {@code relativePercent} of the baseline; the success ratio's
 * change when at most {@code successPoints} percentage points.
 *
 * @param relativePercent relative floor, in percent of the baseline value (10 = 10%)
 * @param absolute absolute floor for latency statistics
 * @param successPoints absolute floor for {@code interaction_success}, in percentage points
 * @param minCount fewer samples than this on either side: no data
 */
public record NoiseFloor(double relativePercent, Duration absolute, double successPoints, int minCount) {

  public static final NoiseFloor DEFAULT = new NoiseFloor(10, Duration.ofMillis(5), 0.5, 10);

  public NoiseFloor {
    if (relativePercent < 0 || absolute.isNegative() || successPoints < 0 || minCount < 0) {
      throw new IllegalArgumentException("noise floors and --min-count cannot be negative");
    }
  }

  public double absoluteMillis() {
    return absolute.toNanos() / 1_000_000.0;
  }

  /** One line for the table's header. */
  public String describe() {
    return String.format(Locale.ROOT, "latency within %s%% or %s ms; interaction_success within %s points; "
        + "fewer than %d samples: no data", number(relativePercent), number(absoluteMillis()), number(successPoints), minCount);
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
