package dev.gauntlet.workers;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.merge.WorkerFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The coordinating run's load driver when the load is split ({@code run --workers N}): serves the
 * {@link Coordinator}, starts the workers with a {@link WorkerLauncher}, copies their journals into
 * the run's as they go ({@link LiveMerge}) and waits for them. A worker that fails before the shared
 * start calls the start off for all. Mutable: run once, closed once (also from Ctrl-C's hook).
 */
public final class WorkerDriver implements LoadDriver, AutoCloseable {

  private final int count;
  private final WorkerLauncher launcher;
  private final String bindHost;
  private final URI advertised;
  private final LoadDriver preflight;
  private final Consumer<String> log;
  private Coordinator coordinator;
  private LiveMerge merge;
  private boolean closed;

  /**
   * @param bindHost where the coordinator listens (127.0.0.1 for workers on this machine)
   * @param advertised how the workers reach it; null: the address it listens on
   * @param preflight the driver whose preflight checks the target before the workers start
   */
  public WorkerDriver(int count, WorkerLauncher launcher, String bindHost, URI advertised, LoadDriver preflight,
      Consumer<String> log) {
    this.count = count;
    this.launcher = launcher;
    this.bindHost = bindHost;
    this.advertised = advertised;
    this.preflight = preflight;
    this.log = log;
  }

  /** Worker i's directory ({@code workers/<i>}), for i from 1 to count. */
  public static List<Path> dirs(Path runDir, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> runDir.resolve(WorkerFiles.WORKERS_DIR).resolve(Integer.toString(i))).toList();
  }

  public int count() {
    return count;
  }

  @Override
  public Optional<String> preflight(Plan plan, Duration deadline) {
    return preflight.preflight(plan, deadline);
  }

  @Override
  public int run(Path planJson, Path runDir) throws Exception {
    synchronized (this) {
      if (closed) {
        return 1;
      }
      coordinator = Coordinator.start(bindHost, count, runDir, Abort::reason);
      merge = new LiveMerge(Journals.shared(runDir.resolve(RunFiles.JOURNAL)), dirs(runDir, count));
      merge.start();
      URI uri = advertised != null ? advertised : coordinator.uri();
      launcher.reportedEnds(coordinator::reportedEnd);
      launcher.start(planJson, count, uri, runDir);
      log.accept("load: " + count + " workers started (coordinator " + uri + "; their files in "
          + runDir.resolve(WorkerFiles.WORKERS_DIR) + ")");
    }
    List<String> failures = new ArrayList<>();
    List<Integer> statuses = launcher.await((worker, status) -> {
      if (status == 0) {
        return;
      }
      String why = "worker " + worker + " exited with status " + status + " (see "
          + runDir.resolve(WorkerFiles.WORKERS_DIR).resolve(Integer.toString(worker)).resolve("worker.log") + ")";
      failures.add(why);
      log.accept(why);
      if (coordinator.startAtMillis() == 0) {
        coordinator.stop(why + " before the shared start: the others stop too");
      }
    });
    merge.copy(); // what the workers wrote last is in the run's journal before the run judges it
    log.accept("load: the workers ended with statuses " + statuses);
    if (!failures.isEmpty() && coordinator.startAtMillis() == 0) {
      throw new IllegalStateException(failures.get(0) + " before the load started");
    }
    return statuses.stream().filter(s -> s != 0).findFirst().orElse(0);
  }

  /** Stops the workers still running, the copying (after a last copy) and the coordinator. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    launcher.close();
    if (merge != null) {
      merge.close();
    }
    if (coordinator != null) {
      coordinator.close();
    }
  }
}
