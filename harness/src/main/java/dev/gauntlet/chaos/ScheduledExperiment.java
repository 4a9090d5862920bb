package dev.gauntlet.chaos;

import java.time.Duration;

/**
 * One entry of a scenario's {@code chaos:} section: fire {@code experiment} at {@code at} from
 * the start of load, then every {@code every}, {@code times} times in all.
 *
 * @param line the entry's line in the scenario file
 */
public record ScheduledExperiment(Experiment experiment, Duration at, Duration every, int times, int line) {

  /** The offset of the last firing. */
  public Duration lastFiring() {
    return at.plus(every.multipliedBy(times - 1L));
  }
}
