package dev.gauntlet.scenario;

import java.time.Duration;

/**
 * The scenario's {@code deadlines}.
 *
 * @param interaction a first render or rerun slower than this failed
 * @param recovery a disrupted session not recovered by then is lost
 */
public record Deadlines(Duration interaction, Duration recovery) {

  public static Deadlines defaults() {
    return new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(15));
  }
}
