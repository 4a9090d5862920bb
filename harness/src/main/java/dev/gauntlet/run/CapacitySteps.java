package dev.gauntlet.run;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.capacity.CapacityPlan;
import dev.gauntlet.capacity.Search;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.slo.Objective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a capacity search's steps one after another on one deployment: each step's own plan at its
 * level (steps/NN/plan.json), its objectives made abort-on-fail over its judged window (so a
 * breaking level stops early), its resources sampled, then its verdict fed to the {@link Search}.
 * Mutable: one search.
 */
final class CapacitySteps {

  private final CapacityPlan capacity;
  private final Plan base;
  private final List<Objective> judged;
  private final Path runDir;
  private final Path journal;
  private final Deployment deployment;
  private final int gateways;
  private final LoadDriver driver;
  private final RunLog log;
  private final RunOptions options;
  private final java.io.PrintStream terminal;
  private final long rampMillis;
  private final List<Capacity.Step> done = new ArrayList<>();

  CapacitySteps(CapacityPlan capacity, Scenario scenario, Plan base, List<Objective> objectives, Path runDir, Path journal,
      Deployment deployment, int gateways, LoadDriver driver, RunLog log, RunOptions options, java.io.PrintStream terminal) {
    this.capacity = capacity;
    this.base = base;
    this.judged = objectives.stream().map(Objective::abortingOnFail).toList();
    this.runDir = runDir;
    this.journal = journal;
    this.deployment = deployment;
    this.gateways = gateways;
    this.driver = driver;
    this.log = log;
    this.options = options;
    this.terminal = terminal;
    // the level is reached within the warm-up: the scenario's ramp, cut to the warm-up
    this.rampMillis = Math.min(scenario.loadSection().orElseThrow().ramp().toMillis(), capacity.warmUp().toMillis());
  }

  /** Runs the search to its end; what stopped it early (a failing target, a failed driver), or empty. */
  Optional<String> runAll(TargetWatcher target) throws Exception {
    Search search = new Search(capacity);
    while (search.next().isPresent()) {
      double level = search.next().getAsDouble();
      Capacity.Step step = step(done.size() + 1, level, search.bisecting() ? "bisect" : "step");
      Optional<String> failing = target.tick();
      if (failing.isPresent()) {
        return failing;
      }
      done.add(step);
      log.accept(line(step, capacity.variable()));
      search.record(level, step.held());
    }
    return Optional.empty();
  }

  List<Capacity.Step> done() {
    return List.copyOf(done);
  }

  private Capacity.Step step(int index, double level, String phase) throws Exception {
    Path stepDir = Files.createDirectories(runDir.resolve("steps").resolve(String.format(Locale.ROOT, "%02d", index)));
    long stepMillis = capacity.stepLength().toMillis();
    Plan plan = Plans.atLevel(base, base.runId() + "-step" + index, options.seed() + index, level, rampMillis,
        stepMillis - rampMillis);
    plan.write(stepDir.resolve(RunFiles.PLAN));
    log.accept(String.format(Locale.ROOT, "step %d: %s %s (%s), warm-up %ds, judged %ds", index, plain(level),
        capacity.variable(), phase, capacity.warmUp().toSeconds(), capacity.window().toSeconds()));
    Abort.clear();
    long startedAt = System.currentTimeMillis();
    ResourceSampler sampler = deployment == null ? null : new ResourceSampler(deployment);
    if (sampler != null) {
      sampler.start();
    }
    AbortWatcher watch = new AbortWatcher(judged, runDir, capacity.window().toMillis(), startedAt,
        capacity.warmUp().toMillis(), System::currentTimeMillis, log);
    watch.start();
    int status;
    try (LoadOutput output = LoadOutput.toRunLog(log, options.verbose() ? terminal : null)) {
      status = driver.run(stepDir.resolve(RunFiles.PLAN), runDir);
    } finally {
      watch.close();
    }
    long endedAt = System.currentTimeMillis();
    String stopped = Abort.reason().orElse(null);
    Abort.clear();
    if (status != 0 && stopped == null) {
      throw new RunException("step " + index + ": the load driver reported status " + status + " (see "
          + runDir.resolve("run.log") + ")");
    }
    StepJudge.Resources used = sampler == null ? StepJudge.Resources.none() : sampler.close(gateways);
    List<JournalEvent> events = JournalReader.read(journal).events();
    long firstSession = events.stream().filter(e -> e instanceof JournalEvent.SessionStarted && e.t() >= startedAt)
        .mapToLong(JournalEvent::t).min().orElse(startedAt);
    long judgedFrom = firstSession + capacity.warmUp().toMillis();
    long judgedTo = Math.max(judgedFrom, Math.min(endedAt, judgedFrom + capacity.window().toMillis()));
    return StepJudge.judge(new StepJudge.StepRun(index, level, phase, startedAt, judgedFrom, judgedTo, stopped),
        events, Placements.read(runDir.resolve(RunFiles.PLACEMENTS)), judged, used);
  }

  static String line(Capacity.Step s, String variable) {
    return String.format(Locale.ROOT, "step %d: %s %s %s: %.2f interactions/s, p95 %s, %d pod(s) in use%s",
        s.index(), plain(s.level()), variable, s.verdict(), s.throughput(), s.p95Ms() == null ? "-" : s.p95Ms() + " ms", s.pods(),
        s.held() ? "" : "; " + s.reason());
  }

  /** The search's findings, a few lines for the terminal and run.log. */
  static List<String> describe(Capacity c) {
    List<String> lines = new ArrayList<>();
    lines.add("capacity: maxLoad " + plain(c.maxLoad()) + " " + c.variable()
        + (c.firstBreaking() == null ? " (the maximum held)" : ", first breaking " + plain(c.firstBreaking())
        + (c.limitedBy() == null ? "" : ", limited by " + c.limitedBy())));
    if (c.saturated() != null) {
      lines.add("capacity: busiest process " + c.saturated());
    }
    Capacity.Usl u = c.usl();
    lines.add(u.sigma() == null ? "capacity: no USL fit: " + u.note() : String.format(Locale.ROOT,
        "capacity: USL sigma %.3f, kappa %s, peak %s, R^2 %.3f%s", u.sigma(), u.kappa(),
        u.peak() == null ? "none" : String.format(Locale.ROOT, "%.1f", u.peak()), u.r2(),
        u.note() == null ? "" : " (" + u.note() + ")"));
    lines.add("capacity: sessions per pod " + (c.perPod() == null ? "-" : c.perPod()) + ", per gateway "
        + (c.perGateway() == null ? "-" : c.perGateway()));
    return lines;
  }

  static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
