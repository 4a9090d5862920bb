package dev.gauntlet.load;

/**
 * When the n-th session of an open-model run was meant to start: arrivals ramp linearly from 0 to
 * {@code rate} per second over the ramp, then hold at {@code rate}. Latency counts from this
 * intended time, so a harness that falls behind shows it (no coordinated omission).
 */
public final class Arrivals {

  private Arrivals() {}

  /** Milliseconds after the injection start that arrival {@code n} (1-based) was scheduled. */
  public static double intendedOffsetMillis(long n, double ratePerSecond, long rampMillis) {
    if (ratePerSecond <= 0) {
      return 0;
    }
    double rampSeconds = rampMillis / 1000.0;
    double rampArrivals = ratePerSecond * rampSeconds / 2; // area under the linear ramp
    if (n <= rampArrivals && rampSeconds > 0) {
      // N(t) = rate t^2 / (2 ramp)  =>  t = sqrt(2 ramp n / rate)
      return Math.sqrt(2 * rampSeconds * n / ratePerSecond) * 1000;
    }
    return (rampSeconds + (n - rampArrivals) / ratePerSecond) * 1000;
  }
}
