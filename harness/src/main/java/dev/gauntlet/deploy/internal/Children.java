package dev.gauntlet.deploy.internal;

import java.util.concurrent.CompletableFuture;

/** Stand-in children: a launch that failed counts as a process that exited at once. */
final class Children {

  private Children() {}

  static Child exited(int status) {
    return new Child() {
      @Override
      public long pid() {
        return -1;
      }

      @Override
      public CompletableFuture<Integer> exit() {
        return CompletableFuture.completedFuture(status);
      }

      @Override
      public void destroy(boolean force) {}

      @Override
      public String toString() {
        return "not started";
      }
    };
  }
}
