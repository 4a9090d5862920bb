package dev.gauntlet.run;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.Objectives;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a run and a capacity search both begin: the run directory with its scenario copy, objectives,
 * run.log and journal ({@code run_started} with the provenance), then the deployment brought up with
 * its restart lines and scheduler snapshots.
 */
final class RunStart {

  /** How long the target has to answer the preflight: an external one is up already, a local gateway just got ready. */
  private static final Duration EXTERNAL_PREFLIGHT = Duration.ofSeconds(5);
  private static final Duration LOCAL_PREFLIGHT = Duration.ofSeconds(15);

  final String runId;
  final Path runDir;
  final RunLog log;
  final Journal journal;

  private RunStart(String runId, Path runDir, RunLog log, Journal journal) {
    this.runId = runId;
    this.runDir = runDir;
    this.log = log;
    this.journal = journal;
  }

  /**
   * Makes the run directory and writes {@code run_started}.
   *
   * @param referenced the files besides the scenario whose edits change what the run measures (its provenance hash)
   */
  static RunStart open(RunOptions options, Scenario scenario, List<Objective> objectives, List<Path> referenced,
      Clock clock, PrintStream terminal) throws IOException {
    Path out = options.outDir().toAbsolutePath().normalize();
    Files.createDirectories(out);
    String runId = RunId.fresh(clock, scenario.name(), out);
    Path runDir = Files.createDirectory(out.resolve(runId));
    Files.copy(scenario.file(), runDir.resolve("scenario.yaml"));
    Objectives.write(runDir, objectives); // summarize judges the run by these, without the scenario's folder
    RunLog log = new RunLog(runDir.resolve("run.log"), terminal);
    LatestLink.point(out, runId).ifPresent(problem -> log.accept("warning: " + problem));
    Journal journal = Journals.shared(runDir.resolve(RunFiles.JOURNAL)); // the virtual users append to it too
    journal.write(new JournalEvent.RunStarted(System.currentTimeMillis(), runId, scenario.name(), options.seed(),
        RunProvenance.gitCommit(scenario.file().getParent()), RunProvenance.scenarioSha256(scenario.file(), referenced),
        RunProvenance.gauntletVersion()));
    return new RunStart(runId, runDir, log, journal);
  }

  /** The app specs and objective includes a scenario names, then {@code more} (e.g. its experiments). */
  static List<Path> referencedFiles(Scenario scenario, List<Path> more) {
    List<Path> files = new ArrayList<>();
    if (scenario.target() instanceof LocalTarget local) {
      local.apps().forEach(app -> files.add(app.spec()));
    }
    files.addAll(more);
    files.addAll(Objectives.includedFiles(scenario));
    return files;
  }

  /** The platform the run brings up, under {@code runDir/deployment}; null for an external target. */
  Deployment platform(Target target) {
    return platform(target, null);
  }

  /** As above, with the scenario's {@code auth:} (null: none): the local deployment then runs its identity provider. */
  Deployment platform(Target target, dev.gauntlet.scenario.Auth auth) {
    return target instanceof LocalTarget local ? Deployments.of(local, auth, runDir.resolve("deployment"), runId, log)
        : null;
  }

  /**
   * Brings {@code deployment} up (null: nothing to bring up) and returns where the load goes: its
   * gateways, or the external target's URL. A supervised component's restart becomes a journal
   * line; the scheduler's placements and events are snapshotted (and a pod the kernel killed for
   * memory becomes a fault line), where there is a scheduler of ours to ask.
   */
  List<URI> bringUp(Deployment deployment, Target target, RunEnd end, long startedMillis) {
    if (deployment == null) {
      return List.of(((ExternalTarget) target).url());
    }
    log.accept("bringing the deployment up (state and logs in " + runDir.resolve("deployment") + ")");
    deployment.onRestart(p -> journal.write(new JournalEvent.Restart(System.currentTimeMillis(),
        dev.gauntlet.deploy.Target.kindOf(p.component()), p.component(), p.pid())));
    Endpoints endpoints = deployment.start();
    if (endpoints.scheduler() != null) { // a user's own deployment has no scheduler of ours to ask
      SchedulerSnapshots snapshots = new SchedulerSnapshots(endpoints.scheduler(), runDir, startedMillis, log);
      snapshots.onEvents(new OomFaults(journal));
      end.snapshots(snapshots);
    }
    return endpoints.gateways();
  }

  /** How long the target has to answer the preflight. */
  static Duration preflightDeadline(Target target) {
    return target instanceof LocalTarget ? LOCAL_PREFLIGHT : EXTERNAL_PREFLIGHT;
  }
}
