package dev.gauntlet.workers;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Where a run's workers run: processes on this machine ({@link LocalWorkers}) or the pods of a
 * Kubernetes Indexed Job. Each worker runs {@code gauntlet worker} ({@link WorkerArgs}) on its shard
 * and ends up with its results in {@code runDir/workers/<i>/} (written there, or uploaded to the
 * coordinator). Mutable: started once, stopped once.
 */
public interface WorkerLauncher extends AutoCloseable {

  /**
   * Starts {@code count} workers on the plan at {@code planJson}, reporting to {@code coordinator}.
   * Returns at once; {@link #await} waits for them.
   */
  void start(Path planJson, int count, URI coordinator, Path runDir) throws Exception;

  /**
   * The exit status of each worker, in order (index 0 is worker 1), once all have ended; a worker
   * that could not be started or was lost counts as non-zero. {@code onEach} hears of each end
   * as it happens (worker number from 1, status), so the coordinator can stop the others early.
   */
  List<Integer> await(WorkerEnded onEach) throws InterruptedException;

  /**
   * How the coordinator heard each worker (from 1) end, for launchers that see no exit status of
   * their own until later (a pod's); called before {@link #start}. Local processes need none.
   */
  default void reportedEnds(IntFunction<Optional<Integer>> reported) {}

  /** Stops whatever still runs (Ctrl-C, or the run ended early) and removes what was created for it. */
  @Override
  void close();

  /** Told when worker {@code worker} (from 1) ended with {@code status}. */
  @FunctionalInterface
  interface WorkerEnded {
    void ended(int worker, int status);
  }
}
