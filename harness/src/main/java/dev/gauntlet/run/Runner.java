package dev.gauntlet.run;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.chaos.ChaosPlan;
import dev.gauntlet.chaos.ChaosSchedule;
import dev.gauntlet.chaos.ExperimentRunner;
import dev.gauntlet.chaos.ScheduledExperiment;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
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
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One run: validate, make the run dir, bring the target up, write the plan, drive the load with
 * live progress and snapshots, bring the target down, summarize. The end ({@link RunEnd}) runs
 * once, from the normal path or from Ctrl-C's shutdown hook, and always writes summary.json.
 */
public final class Runner {

  private final RunOptions options;
  private final LoadDriver driver;
  private final PrintStream terminal;
  private final Clock clock;
  private final Consumer<RunOutcome> onInterrupt;

  /** How long the target has to answer the preflight: an external one is up already, a local gateway just got ready. */
  private static final Duration EXTERNAL_PREFLIGHT = Duration.ofSeconds(5);
  private static final Duration LOCAL_PREFLIGHT = Duration.ofSeconds(15);

  /**
   * @param terminal where progress and harness lines go (stderr for the CLI)
   * @param onInterrupt what the Ctrl-C hook does with the outcome once the run is ended (print it)
   */
  public Runner(RunOptions options, LoadDriver driver, PrintStream terminal, Clock clock, Consumer<RunOutcome> onInterrupt) {
    this.options = options;
    this.driver = driver;
    this.terminal = terminal;
    this.clock = clock;
    this.onInterrupt = onInterrupt;
  }

  public RunOutcome run() throws IOException {
    Scenario scenario = Scenarios.load(options.scenarioFile());
    if (scenario.loadSection().isEmpty()) {
      throw new RunException(scenario.file().getFileName() + " has no load section, so there is nothing to run; "
          + "add load: {model: closed, users: 10, ramp: 5s, hold: 15s, apps: [{app: dash}]} (docs/run.md)");
    }
    Target target = Targets.resolve(scenario, options.targetKind(), options.url());
    List<ScheduledExperiment> chaos = ChaosPlan.of(scenario, target); // its errors come before anything starts
    List<Objective> objectives = Objectives.of(scenario); // so do a malformed objective's
    long startedMillis = clock.millis();
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
        RunProvenance.gitCommit(scenario.file().getParent()),
        RunProvenance.scenarioSha256(scenario.file(), referencedFiles(scenario, chaos)), RunProvenance.gauntletVersion()));
    log.accept("run " + runId + " (" + scenario.name() + ", target " + target.kind() + ", seed " + options.seed() + ")");
    Deployment deployment = target instanceof LocalTarget local
        ? Deployments.of(local, runDir.resolve("deployment"), runId, log)
        : ((ExternalTarget) target).kubernetes() != null ? Deployments.external((ExternalTarget) target) : null;
    RunEnd end = new RunEnd(runDir, journal, deployment, log);
    Thread hook = new Thread(
        () -> onInterrupt.accept(end.finish("interrupted", "interrupted (Ctrl-C or a signal)")), "gauntlet-run-stop");
    // registered before anything starts, so a Ctrl-C at any point stops what was started
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<URI> entryPoints;
      if (deployment != null) {
        log.accept("bringing the deployment up (state and logs in " + runDir.resolve("deployment") + ")");
        deployment.onRestart(p -> journal.write(new JournalEvent.Restart(System.currentTimeMillis(),
            dev.gauntlet.deploy.Target.kindOf(p.component()), p.component(), p.pid())));
        Endpoints endpoints = deployment.start();
        entryPoints = endpoints.gateways();
        if (endpoints.scheduler() != null) { // a user's own deployment has no scheduler of ours to ask
          SchedulerSnapshots snapshots = new SchedulerSnapshots(endpoints.scheduler(), runDir, startedMillis, log);
          snapshots.onEvents(new OomFaults(journal));
          end.snapshots(snapshots);
        }
      } else {
        entryPoints = List.of(((ExternalTarget) target).url());
      }
      Plan plan = Plans.of(scenario, runId, options.seed(), runDir, entryPoints, target instanceof LocalTarget
          || scenario.target() instanceof LocalTarget);
      plan.write(runDir.resolve(RunFiles.PLAN));
      Optional<String> refused = driver.preflight(plan, target instanceof LocalTarget ? LOCAL_PREFLIGHT
          : EXTERNAL_PREFLIGHT);
      if (refused.isPresent()) {
        return end.finish("error", "target failing: " + refused.get() + " (checked before the load started)");
      }
      end.progress(new ProgressLine(journal, terminal, options.terminal()));
      log.accept("load: " + plan.model() + " model against " + String.join(", ", plan.entryPoints()));
      ChaosSchedule schedule = chaos.isEmpty() || deployment == null ? null : ChaosSchedule.start(chaos,
          new ExperimentRunner(deployment, journal, new Random(options.seed()), false, log), log);
      Abort.clear();
      end.abortWatcher(new AbortWatcher(objectives, runDir, plan.rampMillis() + plan.holdMillis(), System::currentTimeMillis,
          log));
      end.targetWatcher(new TargetWatcher(journal.file(), System::currentTimeMillis, log));
      int status;
      try (LoadOutput output = LoadOutput.toRunLog(log, options.verbose() ? terminal : null)) {
        status = driver.run(runDir.resolve(RunFiles.PLAN), runDir);
      } finally {
        if (schedule != null) {
          schedule.close(); // rollbacks run before the deployment goes down
        }
      }
      return end.finishLoad(status);
    } catch (Exception e) {
      return end.finish("error", e.getMessage() == null ? e.toString() : e.getMessage());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it finishes the run
      }
    }
  }

  /** The files a scenario names, whose edits change what a run measures (its provenance hash). */
  private static List<Path> referencedFiles(Scenario scenario, List<ScheduledExperiment> chaos) {
    List<Path> files = new ArrayList<>();
    if (scenario.target() instanceof LocalTarget local) {
      local.apps().forEach(app -> files.add(app.spec()));
    }
    chaos.forEach(e -> files.add(e.experiment().file()));
    files.addAll(Objectives.includedFiles(scenario));
    return files;
  }
}
