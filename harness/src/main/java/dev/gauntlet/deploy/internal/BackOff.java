package dev.gauntlet.deploy.internal;

import java.time.Duration;

/**
 * A kubelet-like restart delay: {@code initial}, doubling per crash up to {@code max}, back to
 * {@code initial} once a run lasted {@code resetAfter}.
 */
public record BackOff(Duration initial, Duration max, Duration resetAfter) {

  public static BackOff standard() {
    return new BackOff(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  /**
   * The delay before the next restart.
   *
   * @param previousDelay the delay used before the run that just ended, or null if none yet
   * @param runLength how long that run lasted
   */
  public Duration next(Duration previousDelay, Duration runLength) {
    if (previousDelay == null || runLength.compareTo(resetAfter) >= 0) {
      return initial;
    }
    Duration doubled = previousDelay.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }
}
