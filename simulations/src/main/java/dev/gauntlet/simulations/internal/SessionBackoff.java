package dev.gauntlet.simulations.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The back-off between a closed-model user's sessions that fail before their first render, so a
 * target that refuses every session is not hammered in a hot loop: the user waits 100 ms doubling
 * to 2 s, jittered ({@code Choices.backoff}), before it leaves; a session that renders resets it.
 * Gatling replaces a closed-model user that leaves with a new one, so the streak of failures is
 * handed over here: the leaving user puts it, its replacement takes it. Thread-safe: one per run.
 */
public final class SessionBackoff {

  private final Queue<Integer> streaks = new ConcurrentLinkedQueue<>();

  /** A starting user's streak: how many sessions failed in a row before it (0 when none is waiting). */
  int take() {
    Integer streak = streaks.poll();
    return streak == null ? 0 : streak;
  }

  /** A leaving user's streak, for the user that takes its place. */
  void handOver(int streak) {
    streaks.add(streak);
  }
}
