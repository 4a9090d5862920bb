package dev.gauntlet.deploy.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Real signals by pid: ProcessHandle for KILL/TERM, {@code kill -STOP/-CONT PID} for freezing. */
final class ProcessSignals {

  private ProcessSignals() {}

  static void kill(long pid) {
    handle(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  static void terminate(long pid) {
    handle(pid).ifPresent(ProcessHandle::destroy);
  }

  static void stop(long pid) {
    send("-STOP", pid);
  }

  static void resume(long pid) {
    send("-CONT", pid);
  }

  static boolean awaitExit(long pid, Duration timeout) throws InterruptedException {
    Optional<ProcessHandle> h = handle(pid);
    if (h.isEmpty()) {
      return true;
    }
    try {
      h.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !h.get().isAlive();
    }
  }

  private static Optional<ProcessHandle> handle(long pid) {
    // never the harness itself nor init, whatever a stale list says
    if (pid <= 1 || pid == ProcessHandle.current().pid()) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }

  private static void send(String signal, long pid) {
    if (handle(pid).isEmpty()) {
      return;
    }
    try {
      Process p = new ProcessBuilder("kill", signal, Long.toString(pid))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run kill " + signal + " " + pid + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
