package dev.gauntlet.deploy.internal;

import java.util.concurrent.CompletableFuture;

/** A started process as the supervisor sees it; a seam so back-off is testable without processes. */
public interface Child {

  long pid();

  /** Completes with the exit status when the process ends. */
  CompletableFuture<Integer> exit();

  /** SIGTERM, or SIGKILL when {@code force}. */
  void destroy(boolean force);

  static Child of(Process process) {
    return new Child() {
      @Override
      public long pid() {
        return process.pid();
      }

      @Override
      public CompletableFuture<Integer> exit() {
        return process.onExit().thenApply(Process::exitValue);
      }

      @Override
      public void destroy(boolean force) {
        if (force) {
          process.destroyForcibly();
        } else {
          process.destroy();
        }
      }

      @Override
      public String toString() {
        return "pid " + process.pid();
      }
    };
  }
}
