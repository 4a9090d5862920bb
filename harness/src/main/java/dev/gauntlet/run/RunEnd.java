package dev.gauntlet.run;

import dev.gauntlet.analysis.PodStartupsFile;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.Workers;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.load.Abort;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.measure.OwnCpu;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.merge.RunMerge;
import dev.gauntlet.report.RunReports;
import dev.gauntlet.workers.WorkerDriver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of a run, done once whoever gets there first (the run itself, or the Ctrl-C hook):
 * progress and snapshots stopped, the deployment brought down, {@code run_ended} appended
 * (unless interrupted), summary.json written. Mutable: the parts register as they start.
 */
final class RunEnd {

  private final Path runDir;
  private final Journal journal;
  private final Deployment deployment;
  private final RunLog log;
  private ProgressLine progress;
  private SchedulerSnapshots snapshots;
  private AbortWatcher abortWatcher;
  private TargetWatcher targetWatcher;
  private WorkerDriver workers;
  private Observability observability;
  private RunOutcome outcome;

  RunEnd(Path runDir, Journal journal, Deployment deployment, RunLog log) {
    this.runDir = runDir;
    this.journal = journal;
    this.deployment = deployment;
    this.log = log;
  }

  synchronized void progress(ProgressLine started) {
    progress = started;
    progress.start();
  }

  synchronized void snapshots(SchedulerSnapshots started) {
    snapshots = started;
    snapshots.start();
  }

  synchronized void abortWatcher(AbortWatcher started) {
    abortWatcher = started;
    abortWatcher.start();
  }

  /** The load runs in workers: they stop first at the end, and their journals and histograms are merged. */
  synchronized void workers(WorkerDriver driver) {
    workers = driver;
  }

  synchronized void targetWatcher(TargetWatcher started) {
    targetWatcher = started;
    targetWatcher.start();
  }

  synchronized void observability(Observability started) {
    observability = started;
  }

  /**
   * Ends the run once the load driver returned {@code driverStatus}: error when the target was
   * failing (the watch stopped the load), aborted when an objective stopped it, error when the driver
   * failed or no interaction succeeded (a run that measured nothing did not complete), else completed.
   */
  synchronized RunOutcome finishLoad(int driverStatus) {
    Optional<String> failing = targetWatcher.tick();
    if (failing.isPresent()) {
      return finish(RunStatus.ERROR, failing.get());
    }
    Optional<String> aborted = Abort.reason();
    if (aborted.isPresent()) {
      return finish(RunStatus.ABORTED, aborted.get());
    }
    if (driverStatus != 0) {
      return finish(RunStatus.ERROR, "the load driver reported status " + driverStatus + " (see " + runDir.resolve("run.log") + ")");
    }
    Optional<String> noneSucceeded = targetWatcher.noneSucceeded();
    return finish(noneSucceeded.isPresent() ? RunStatus.ERROR : RunStatus.COMPLETED, noneSucceeded.orElse(null));
  }

  /** The workers' journals and histograms into the run's; each worker's own summary.json too. */
  private List<String> mergeWorkers() {
    List<Path> dirs = WorkerDriver.dirs(runDir, workers.count());
    List<String> warnings = new ArrayList<>(RunMerge.workers(runDir, dirs, Workers.DEFAULT_SKEW_BOUND_MILLIS));
    for (Path dir : dirs) {
      try {
        RunSummaries.summarize(dir);
      } catch (RuntimeException e) {
        warnings.add("no summary for " + dir + ": " + e.getMessage());
      }
    }
    return warnings;
  }

  /** Ends the run with {@code status}; {@code error} is null when it completed (for aborted: why). */
  synchronized RunOutcome finish(RunStatus status, String error) {
    if (outcome != null) {
      return outcome;
    }
    if (workers != null) {
      workers.close(); // the workers still running stop; what they wrote is copied a last time
    }
    if (abortWatcher != null) {
      abortWatcher.close();
    }
    if (targetWatcher != null) {
      targetWatcher.close();
    }
    if (progress != null) {
      progress.tick(); // the last counts, then the line ends
      progress.close();
    }
    if (error != null) {
      log.accept("run " + status + ": " + error);
    }
    if (observability != null) {
      observability.beforeStop(); // PromQL objectives are judged while every component still answers
    }
    if (snapshots != null) {
      snapshots.close();
    }
    if (deployment != null) {
      PodStartupsFile.write(runDir.resolve(RunFiles.POD_STARTUPS), deployment.podStartups());
      log.accept("bringing the deployment down");
      deployment.stop();
    }
    if (status != RunStatus.INTERRUPTED) {
      journal.write(new JournalEvent.RunEnded(System.currentTimeMillis(), status, error));
    }
    if (observability != null) {
      observability.close();
    }
    Journals.close(journal.file());
    List<String> mergeWarnings = workers == null ? List.of() : mergeWorkers();
    RunReading result = RunSummaries.summarize(runDir);
    mergeWarnings.forEach(w -> log.accept("warning: " + w));
    log.accept(HarnessCpu.line(OwnCpu.seconds(), result.summary()));
    RunReports.write(runDir, result);
    result.warnings().forEach(w -> log.accept("warning: " + w));
    log.close();
    outcome = new RunOutcome(runDir, result.summary(), result.warnings(), error);
    return outcome;
  }
}
