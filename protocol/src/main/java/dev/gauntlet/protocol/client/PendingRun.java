package dev.gauntlet.protocol.client;

import dev.gauntlet.protocol.client.internal.RunCollector;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** A rerun that was sent and whose run is being collected. */
public final class PendingRun {
  private final RunCollector collector;
  private final Duration trailerWait;
  private final BooleanSupplier socketOpen;

  PendingRun(RunCollector collector, Duration trailerWait, BooleanSupplier socketOpen) {
    this.collector = collector;
    this.trailerWait = trailerWait;
    this.socketOpen = socketOpen;
  }

  public int number() {
    return collector.number();
  }

  /**
   * Waits for {@code script_finished}, then at most the trailer wait for the not-running status.
   *
   * @throws RunTimeoutException naming what was awaited and seen when the run did not finish
   * @throws SessionClosedException when the socket closed first, with the peer's code and reason
   */
  public Run await(Duration timeout) {
    try {
      collector.finished().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new RunTimeoutException("script_finished of run " + number(), timeout,
          collector.seenSoFar(), socketOpen.getAsBoolean());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted awaiting run " + number(), e);
    }
    try {
      collector.sealed().get(trailerWait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // the trailing status is optional: the run is complete without it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return collector.toRun();
  }

  /** Completes like {@link #await} without blocking (no overall timeout: add one with orTimeout). */
  public CompletableFuture<Run> future() {
    return collector.finished()
        .thenCompose(v -> collector.sealed().copy()
            .completeOnTimeout(null, trailerWait.toNanos(), TimeUnit.NANOSECONDS))
        .thenApply(v -> collector.toRun());
  }

  public boolean isFinished() {
    return collector.finished().isDone();
  }

  /** What has arrived so far, for diagnostics. */
  public String seenSoFar() {
    return collector.seenSoFar();
  }
}
