package dev.gauntlet.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where a load worker's simulation waits, once ready, for the instant all workers start together
 * (docs/workers.md). The worker installs the gate; the simulation arrives at it just before its
 * injection; a run in one process has no gate and starts at once. Static, as {@link Abort} is: the
 * simulation is built by Gatling, not handed to it.
 */
public final class StartGate {

  /** A worker that never hears the start stops instead of waiting forever. */
  private static final long MAX_WAIT_MILLIS = 10 * 60_000;

  private static volatile CompletableFuture<Long> start;
  private static volatile Runnable onArrival = () -> {};

  private StartGate() {}

  /** Closes the gate; {@code onArrival} runs when the simulation reaches it (the worker says it is ready). */
  public static void install(Runnable arrival) {
    onArrival = arrival;
    start = new CompletableFuture<>();
  }

  /** Opens the gate for the injection to start at {@code epochMillis} on this machine's clock. */
  public static void open(long epochMillis) {
    CompletableFuture<Long> gate = start;
    if (gate != null) {
      gate.complete(epochMillis);
    }
  }

  /** Removes the gate (the worker ended). */
  public static void remove() {
    start = null;
    onArrival = () -> {};
  }

  /**
   * Says the simulation is ready and waits for the start instant; at once without a gate. A gate
   * that does not open within ten minutes asks the load to stop ({@link Abort}) and lets it go.
   */
  public static void arriveAndAwait() {
    CompletableFuture<Long> gate = start;
    if (gate == null) {
      return;
    }
    onArrival.run();
    try {
      long at = gate.get(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
      for (long wait = at - System.currentTimeMillis(); wait > 0; wait = at - System.currentTimeMillis()) {
        Thread.sleep(Math.min(wait, 50));
      }
    } catch (TimeoutException e) {
      Abort.request("the coordinator gave no start within " + MAX_WAIT_MILLIS / 60_000 + " minutes");
    } catch (ExecutionException e) {
      Abort.request("the start was called off: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Calls the start off: the waiting simulation goes on and finds the load stopped. */
  public static void cancel(String reason) {
    CompletableFuture<Long> gate = start;
    if (gate != null) {
      gate.completeExceptionally(new IllegalStateException(reason));
    }
  }
}
