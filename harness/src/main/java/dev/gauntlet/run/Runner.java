package dev.gauntlet.run;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.chaos.ChaosPlan;
import dev.gauntlet.chaos.ChaosSchedule;
import dev.gauntlet.chaos.ExperimentRunner;
import dev.gauntlet.chaos.ScheduledExperiment;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.workers.WorkerDriver;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
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
    WorkerSplit.check(scenario, options.split()); // a split that cannot be made fails before anything starts
    List<ScheduledExperiment> chaos = ChaosPlan.of(scenario, target); // its errors come before anything starts
    List<Objective> objectives = Objectives.of(scenario); // so do a malformed objective's
    Observability.check(scenario); // and a bad observability section's or PromQL objective's
    Optional<dev.gauntlet.scenario.Auth> auth = dev.gauntlet.scenario.Auths.of(scenario); // and a bad auth section's
    List<String> unset = auth.map(a -> dev.gauntlet.scenario.Auths.missing(a, System.getenv())).orElse(List.of());
    boolean local = auth.map(dev.gauntlet.scenario.Auth::localProvider).orElse(false)
        && auth.get().headers().isEmpty() && auth.get().cookies().isEmpty();
    if (!unset.isEmpty() && local) {
      // the local provider checks no secret: a quick try needs no exports; those not set are not sent
      terminal.println("gauntlet: note: " + String.join(", ", unset) + " not set; the local identity provider "
          + "checks no secret, so the word 'unset' is sent instead (docs/identity.md)");
    } else if (!unset.isEmpty()) {
      throw new RunException(scenario.file().getFileName() + ": the auth section names environment variables that are "
          + "not set: " + String.join(", ", unset) + "; export them before the run (docs/identity.md)");
    }
    long startedMillis = clock.millis();
    RunStart start = RunStart.open(options, scenario, objectives,
        RunStart.referencedFiles(scenario, chaos.stream().map(e -> e.experiment().file()).toList()), clock, terminal);
    String runId = start.runId;
    Path runDir = start.runDir;
    RunLog log = start.log;
    Journal journal = start.journal;
    log.accept("run " + runId + " (" + scenario.name() + ", target " + target.kind() + ", seed " + options.seed() + ")");
    Deployment deployment = target instanceof ExternalTarget external && external.kubernetes() != null
        ? Deployments.external(external) : start.platform(target, auth.orElse(null));
    RunEnd end = new RunEnd(runDir, journal, deployment, log);
    Observability observability = Observability.open(scenario, runDir, journal.file(), log);
    end.observability(observability);
    Thread hook = new Thread(
        () -> onInterrupt.accept(end.finish(RunStatus.INTERRUPTED, "interrupted (Ctrl-C or a signal)")), "gauntlet-run-stop");
    // registered before anything starts, so a Ctrl-C at any point stops what was started
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<URI> entryPoints = start.bringUp(deployment, target, end, startedMillis);
      observability.watch(deployment);
      Plan plan = Plans.of(scenario, runId, options.seed(), runDir, entryPoints, target instanceof LocalTarget
          || scenario.target() instanceof LocalTarget);
      plan = Plans.withAuth(plan, auth, deployment == null ? Optional.empty() : deployment.endpoints().idp());
      if (options.split().shard()) {
        plan = Plans.shard(plan, options.split().shardIndex(), options.split().shardCount(), runDir);
      }
      plan.write(runDir.resolve(RunFiles.PLAN));
      Optional<String> refused = driver.preflight(plan, RunStart.preflightDeadline(target));
      if (refused.isPresent()) {
        return end.finish(RunStatus.ERROR, "target failing: " + refused.get() + " (checked before the load started)");
      }
      end.progress(new ProgressLine(journal, terminal, options.terminal()));
      log.accept("load: " + plan.model() + " model against " + String.join(", ", plan.entryPoints()));
      ChaosSchedule schedule = chaos.isEmpty() || deployment == null ? null : ChaosSchedule.start(chaos,
          new ExperimentRunner(deployment, journal, new Random(options.seed()), false, log), log);
      Abort.clear();
      end.abortWatcher(new AbortWatcher(objectives, runDir, plan.rampMillis() + plan.holdMillis(), System::currentTimeMillis,
          log));
      end.targetWatcher(new TargetWatcher(journal.file(), System::currentTimeMillis, log));
      observability.abortOnFail();
      LoadDriver load = driver;
      if (options.split().overWorkers()) {
        WorkerDriver workers = WorkerSplit.driver(options.split(), target, driver, log);
        end.workers(workers);
        load = workers;
      }
      int status;
      try (LoadOutput output = LoadOutput.toRunLog(log, options.verbose() ? terminal : null)) {
        status = load.run(runDir.resolve(RunFiles.PLAN), runDir);
      } finally {
        if (schedule != null) {
          schedule.close(); // rollbacks run before the deployment goes down
        }
      }
      return end.finishLoad(status);
    } catch (Exception e) {
      return end.finish(RunStatus.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it finishes the run
      }
    }
  }
}
