package dev.gauntlet.compare;

import java.time.Duration;
import java.util.Locale;

/**
 * How big a change must be before it counts. A latency change is within noise when its size is at
 * most {@code absolute} or at most {@code relativePercent} of the baseline; the success ratio's
 * change when at most {@code successPoints} percentage points. A statistic without enough samples
 * under it is not judged at all (no data).
 *
 * @param relativePercent relative floor, in percent of the baseline value (10 = 10%)
 * @param absolute absolute floor for latency statistics
 * @param successPoints absolute floor for {@code interaction_success}, in percentage points
 * @param minCount fewer samples than this on either side: no data
 * @param minTail a percentile pNN is judged only when each side has at least this many samples beyond it
 *     (count x (1 - NN/100)): 10 asks 200 samples of a p95, 1,000 of a p99; 0 judges every percentile
 */
public record NoiseFloor(double relativePercent, Duration absolute, double successPoints, int minCount, int minTail) {

  public static final NoiseFloor DEFAULT = new NoiseFloor(10, Duration.ofMillis(5), 0.5, 10, 10);

  public NoiseFloor {
    if (relativePercent < 0 || absolute.isNegative() || successPoints < 0 || minCount < 0 || minTail < 0) {
      throw new IllegalArgumentException("noise floors, --min-count and --min-tail cannot be negative");
    }
  }

  public double absoluteMillis() {
    return absolute.toNanos() / 1_000_000.0;
  }

  /** One line for the table's header. */
  public String describe() {
    String tail = minTail == 0 ? "" : String.format(Locale.ROOT, ", or fewer than %d beyond a percentile (p95: %d, p99: %d)",
        minTail, minTail * 20L, minTail * 100L);
    return String.format(Locale.ROOT, "latency within %s%% or %s ms; interaction_success within %s points; "
        + "fewer than %d samples%s: no data", number(relativePercent), number(absoluteMillis()), number(successPoints),
        minCount, tail);
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
