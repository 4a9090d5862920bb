package dev.gauntlet.chaos;

import dev.gauntlet.chaos.internal.OsSignals;
import java.time.Duration;

/** The signals actions send, always to one pid (never by name); tests record them instead. */
public interface Signals {

  /** The real ones: ProcessHandle and {@code kill -STOP/-CONT PID}. */
  static Signals os() {
    return new OsSignals();
  }

  /** SIGKILL. */
  void kill(long pid);

  /** SIGTERM. */
  void terminate(long pid);

  /** SIGSTOP: the process freezes. */
  void stop(long pid);

  /** SIGCONT: a frozen process runs again. */
  void resume(long pid);

  /** True when the process is gone within {@code timeout}. */
  boolean awaitExit(long pid, Duration timeout) throws InterruptedException;
}
