package dev.gauntlet.run;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.capacity.CapacityPlan;
import dev.gauntlet.capacity.CapacityPlans;
import dev.gauntlet.capacity.CapacityResults;
import dev.gauntlet.capacity.Search;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.Objectives;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A capacity search (docs/capacity.md): the deployment brought up once, as {@link Runner} does, then
 * one load step after another at the levels {@link Search} proposes, each judged over its own window
 * ({@link CapacityStep}); capacity.json beside the usual run files at the end. Chaos is not run.
 */
public final class CapacityRunner {

  private final RunOptions options;
  private final LoadDriver driver;
  private final PrintStream terminal;
  private final Clock clock;
  private final Consumer<RunOutcome> onInterrupt;

  public CapacityRunner(RunOptions options, LoadDriver driver, PrintStream terminal, Clock clock,
      Consumer<RunOutcome> onInterrupt) {
    this.options = options;
    this.driver = driver;
    this.terminal = terminal;
    this.clock = clock;
    this.onInterrupt = onInterrupt;
  }

  /** The scenario's capacity plan and objectives, checked before anything starts. */
  public static CapacityPlan check(Scenario scenario) {
    CapacityPlan plan = CapacityPlans.of(scenario).orElseThrow(() -> new RunException(scenario.file().getFileName()
        + " has no capacity section, so there is nothing to search; add capacity: {start: 1, max: 16} (docs/capacity.md)"));
    if (Objectives.of(scenario).isEmpty()) {
      throw new RunException(scenario.file().getFileName() + " has no objectives, so no level can be judged; add slos: "
          + "{objectives: ['interaction_success >= 99%', 'ttfr_ms p95 < 2000']} (docs/slo.md)");
    }
    return plan;
  }

  public CapacityOutcome run() throws IOException {
    Scenario scenario = Scenarios.load(options.scenarioFile());
    CapacityPlan capacity = check(scenario);
    Target target = Targets.resolve(scenario, options.targetKind(), options.url());
    List<Objective> objectives = Objectives.of(scenario);
    RunStart start = RunStart.open(options, scenario, objectives, RunStart.referencedFiles(scenario, List.of()), clock,
        terminal);
    String runId = start.runId;
    Path runDir = start.runDir;
    RunLog log = start.log;
    Journal journal = start.journal;
    log.accept("capacity search " + runId + " (" + scenario.name() + ", target " + target.kind() + ", " + capacity.variable()
        + " " + CapacitySteps.plain(capacity.start()) + " up to " + CapacitySteps.plain(capacity.maximum()) + ")");
    if (scenario.sectionNames().contains("chaos")) {
      log.accept("warning: the chaos section is not run during a capacity search");
    }
    Deployment deployment = start.platform(target);
    RunEnd end = new RunEnd(runDir, journal, deployment, log);
    Thread hook = new Thread(
        () -> onInterrupt.accept(end.finish(RunStatus.INTERRUPTED, "interrupted (Ctrl-C or a signal)")), "gauntlet-capacity-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<URI> entryPoints = start.bringUp(deployment, target, end, clock.millis());
      Plan base = Plans.of(scenario, runId, options.seed(), runDir, entryPoints,
          deployment != null || scenario.target() instanceof LocalTarget);
      base.write(runDir.resolve(RunFiles.PLAN));
      Optional<String> refused = driver.preflight(base, RunStart.preflightDeadline(target));
      if (refused.isPresent()) {
        return new CapacityOutcome(end.finish(RunStatus.ERROR, "target failing: " + refused.get()
            + " (checked before the load started)"), null);
      }
      end.progress(new ProgressLine(journal, terminal, options.terminal()));
      TargetWatcher targetWatcher = new TargetWatcher(journal.file(), System::currentTimeMillis, log);
      end.targetWatcher(targetWatcher);
      CapacitySteps steps = new CapacitySteps(capacity, scenario, base, objectives, runDir, journal.file(), deployment,
          entryPoints.size(), driver, log, options, terminal);
      Optional<String> failed = steps.runAll(targetWatcher);
      if (failed.isPresent()) {
        return new CapacityOutcome(end.finish(RunStatus.ERROR, failed.get()), null);
      }
      Capacity found = CapacityResults.of(capacity, runId, scenario.name(), steps.done());
      found.write(runDir);
      CapacitySteps.describe(found).forEach(log);
      return new CapacityOutcome(end.finishLoad(0), found);
    } catch (Exception e) {
      return new CapacityOutcome(end.finish(RunStatus.ERROR, e.getMessage() == null ? e.toString() : e.getMessage()), null);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it finishes the run
      }
    }
  }
}
