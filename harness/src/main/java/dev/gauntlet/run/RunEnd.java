package dev.gauntlet.run;

import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.report.RunReports;
import dev.gauntlet.run.RunSummaries;
import java.nio.file.Path;

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

  /** Ends the run with {@code status}; {@code error} is null when it completed (for aborted: why). */
  synchronized RunOutcome finish(String status, String error) {
    if (outcome != null) {
      return outcome;
    }
    if (abortWatcher != null) {
      abortWatcher.close();
    }
    if (progress != null) {
      progress.tick(); // the last counts, then the line ends
      progress.close();
    }
    if (error != null) {
      log.accept("run " + status + ": " + error);
    }
    if (snapshots != null) {
      snapshots.close();
    }
    if (deployment != null) {
      log.accept("bringing the deployment down");
      deployment.stop();
    }
    if (!"interrupted".equals(status)) {
      journal.write(new JournalEvent.RunEnded(System.currentTimeMillis(), status, error));
    }
    Journals.close(journal.file());
    RunReading result = RunSummaries.summarize(runDir);
    RunReports.write(runDir, result);
    result.warnings().forEach(w -> log.accept("warning: " + w));
    log.close();
    outcome = new RunOutcome(runDir, result.summary(), result.warnings(), error);
    return outcome;
  }
}
