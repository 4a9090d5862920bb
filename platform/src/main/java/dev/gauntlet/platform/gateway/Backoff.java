package dev.gauntlet.platform.gateway;

import java.time.Duration;

/**
 * Delays between retries: {@code initial}, doubling, capped at {@code max}.
 *
 * @param initial the delay before the first retry
 * @param max the longest delay
 */
record Backoff(Duration initial, Duration max) {

  /** 100 ms doubling to 1 s: quick while a scheduler restarts, gentle while it stays down. */
  static final Backoff SCHEDULER = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));

  /** The delay before retry number {@code retry} (0 for the first retry). */
  Duration delayBefore(int retry) {
    long millis = initial.toMillis();
    for (int i = 0; i < retry && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
