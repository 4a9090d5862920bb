package dev.gauntlet.chaos;

import java.time.Duration;

/**
 * One step of a method or of the rollbacks: an action, or a pause when {@code action} is null.
 *
 * @param grace pod-terminate: SIGTERM, then SIGKILL after this
 * @param duration pod-pause: SIGSTOP, then SIGCONT after this; for a pause step, how long to wait
 * @param line the step's line in its file
 */
public record Step(String action, Selector selector, Mode mode, Duration grace, Duration duration, int line) {

  public static Step pause(Duration duration, int line) {
    return new Step(null, Selector.ANY, Mode.ONE, Duration.ZERO, duration, line);
  }

  public boolean isPause() {
    return action == null;
  }
}
