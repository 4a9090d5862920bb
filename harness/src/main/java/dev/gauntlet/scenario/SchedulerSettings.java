package dev.gauntlet.scenario;

import java.time.Duration;

/**
 * The scheduler's and gateways' timing options (docs/platform.md).
 *
 * @param healthInterval how often each pod's health is checked
 * @param healthFailures failed checks in a row before a pod is killed
 * @param detachedTtl how long a placement stays re-attachable after its client left
 * @param placementDeadline how long a gateway retries placing a new session
 */
public record SchedulerSettings(
    Duration healthInterval, int healthFailures, Duration detachedTtl, Duration placementDeadline) {

  public static SchedulerSettings defaults() {
    return new SchedulerSettings(Duration.ofSeconds(1), 3, Duration.ofSeconds(120), Duration.ofSeconds(10));
  }
}
