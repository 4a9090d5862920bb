package dev.gauntlet.load;

import java.util.Optional;

/**
 * The harness's request that the load stop early: the run's abort watcher sets it when an
 * objective with {@code abortOnFail} can no longer be met, and the simulation, which runs in the
 * same JVM, reads it at each session start and each interaction (Gatling's
 * {@code stopLoadGeneratorIf}). Mutable, process-wide: one run at a time per JVM, cleared at its start.
 */
public final class Abort {

  private static volatile String reason;

  private Abort() {}

  /** Asks the load to stop; the first reason given is kept. */
  public static synchronized void request(String why) {
    if (reason == null) {
      reason = why;
    }
  }

  public static boolean requested() {
    return reason != null;
  }

  /** Why the load was asked to stop, empty when it was not. */
  public static Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Forgets a previous run's request (a run starts with none). */
  public static synchronized void clear() {
    reason = null;
  }
}
