package dev.gauntlet.cli;

import dev.gauntlet.capacity.CapacityPlan;
import dev.gauntlet.capacity.CapacityPlans;
import dev.gauntlet.chaos.ChaosPlan;
import dev.gauntlet.chaos.ScheduledExperiment;
import dev.gauntlet.observe.ObservabilitySettings;
import dev.gauntlet.scenario.Deadlines;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.slo.PromqlObjective;
import dev.gauntlet.yaml.DurationText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gauntlet validate FILE}: reads a scenario and says what it would deploy and drive. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpWidth = 110,
    description = "Check a scenario file (target, load, deadlines, chaos, slos, capacity); errors name file, line and field.")
final class ValidateCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the scenario file, e.g. scenarios/smoke.yaml")
  Path file;

  @Override
  public Integer call() {
    Scenario scenario = Scenarios.load(file);
    // every section is checked before a line is printed: an error is the only output
    List<ScheduledExperiment> chaos = ChaosPlan.of(scenario);
    List<Objective> objectives = Objectives.of(scenario);
    java.util.Optional<CapacityPlan> capacity = CapacityPlans.of(scenario);
    List<PromqlObjective> promql = Objectives.promql(scenario);
    ObservabilitySettings observability = ObservabilitySettings.of(scenario);
    java.util.Optional<dev.gauntlet.scenario.Auth> auth = dev.gauntlet.scenario.Auths.of(scenario);
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": ok (" + scenario.name() + "; target " + describeTarget(scenario) + ")");
    scenario.loadSection().ifPresentOrElse(l -> out.println("  load: " + describe(l)),
        () -> out.println("  load: none (enough for 'up'; 'run' needs a load section)"));
    Deadlines d = scenario.deadlines();
    out.println("  deadlines: interaction " + DurationText.format(d.interaction()) + ", recovery "
        + DurationText.format(d.recovery()));
    for (ScheduledExperiment e : chaos) {
      out.println("  chaos: " + e.experiment().title() + " (" + e.experiment().file().getFileName() + ") at "
          + DurationText.format(e.at()) + (e.times() > 1 ? ", every " + DurationText.format(e.every()) + ", "
          + e.times() + " times" : ""));
    }
    out.println("  slos: " + (objectives.isEmpty() ? "none ('gate' needs objectives)" : objectives.size() + " objective(s)"));
    objectives.forEach(o -> out.println("    " + describe(scenario, o)));
    promql.forEach(o -> out.println("    " + o.name() + ": promql " + o.text()));
    if (observability.prometheus() != null) {
      out.println("  observability: prometheus " + observability.prometheus());
    }
    capacity.ifPresent(c -> out.println("  capacity: " + describe(c)));
    auth.ifPresent(a -> out.println("  auth: " + describe(a)));
    java.util.Set<String> unchecked = new java.util.TreeSet<>(scenario.sectionNames());
    unchecked.removeAll(List.of("chaos", "slos", "capacity", "observability", "auth"));
    if (!unchecked.isEmpty()) {
      out.println("  ignored (sections gauntlet does not read): " + String.join(", ", unchecked));
    }
    return Gauntlet.OK;
  }

  /** e.g. {@code local provider, password grant as viewer-{n} (20), embed host host-app for 50% of sessions}. */
  static String describe(dev.gauntlet.scenario.Auth a) {
    String who = a.clientId().isEmpty() ? "no login" : (a.issuer().orElse("local provider") + ", " + a.grant()
        + " grant" + (a.grant().equals("password") ? " as " + a.user() + " (" + a.viewers() + ")" : ""));
    String embed = a.embed().map(e -> ", embed host " + e.clientId() + " for " + Math.round(e.share() * 100)
        + "% of sessions").orElse("");
    java.util.List<String> fixed = new java.util.ArrayList<>(a.headers().keySet());
    a.cookies().keySet().forEach(c -> fixed.add("cookie " + c));
    return who + embed + (fixed.isEmpty() ? "" : ", sends " + String.join(", ", fixed))
        + "; secrets from the environment only";
  }

  /** e.g. {@code first render p95: ttfr_ms p95 < 2000 (steady: outside 30s fault windows; app dash; abortOnFail)}. */
  static String describe(Scenario scenario, Objective o) {
    List<String> parts = new java.util.ArrayList<>();
    String window = DurationText.format(o.window()) + " fault windows";
    parts.add(switch (o.scope()) {
      case Objective.STEADY -> "steady: outside " + window;
      case Objective.FAULT -> "fault: within " + window;
      default -> "whole run";
    });
    if (o.app() != null) {
      parts.add("app " + o.app());
    }
    if (o.minSamples() != 1) {
      parts.add("minSamples " + o.minSamples());
    }
    if (o.abortOnFail()) {
      parts.add("abortOnFail");
    }
    if (o.file() != null && !o.file().equals(scenario.file())) {
      parts.add("from " + dev.gauntlet.yaml.ScenarioException.display(o.file()));
    }
    return (o.name().startsWith(o.text()) ? o.text() : o.name() + ": " + o.text()) + " (" + String.join("; ", parts) + ")";
  }

  /** e.g. {@code users 2 up to 32, x2 a step, warm-up 5s + judged 15s a step, resolution 1, required 8}. */
  static String describe(CapacityPlan c) {
    String step = c.factor() > 0 ? "x" + plain(c.factor()) + " a step" : "+" + plain(c.increment()) + " a step";
    return c.variable() + " " + plain(c.start()) + " up to " + plain(c.maximum()) + ", " + step + ", warm-up "
        + DurationText.format(c.warmUp()) + " + judged " + DurationText.format(c.window()) + " a step, resolution "
        + plain(c.resolution()) + (c.required() == null ? "" : ", required " + plain(c.required()))
        + (c.target() == null ? "" : ", sized for " + plain(c.target()) + " with " + Math.round(c.headroom() * 100)
            + "% headroom");
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  static String describeTarget(Scenario scenario) {
    if (scenario.target() instanceof LocalTarget l) {
      return l.kind() + ": " + l.gateways() + " gateway(s), 1 scheduler, apps "
          + String.join(", ", l.apps().stream().map(a -> a.app() + " (warm " + a.warm() + ")").toList());
    }
    ExternalTarget external = (ExternalTarget) scenario.target();
    return "external: " + external.url() + (external.kubernetes() == null ? ""
        : ", pods in namespace " + external.kubernetes().namespace());
  }

  static String describe(Load l) {
    String level = l.open() ? "open, " + l.arrivalsPerSecond() + " sessions/s" : "closed, " + l.users() + " users";
    Load.ThinkTime t = l.thinkTime();
    String think = Load.ThinkTime.EXPONENTIAL.equals(t.distribution())
        ? "exponential mean " + DurationText.format(t.mean())
        : DurationText.format(t.min()) + ".." + DurationText.format(t.max());
    return level + ", ramp " + DurationText.format(l.ramp()) + ", hold " + DurationText.format(l.hold())
        + (l.sessionLength().isZero() ? "" : ", sessions capped at " + DurationText.format(l.sessionLength()))
        + ", " + l.interactionsPerSession() + " interaction(s)/session, think " + think + ", apps "
        + String.join(", ", l.apps().stream().map(a -> "'" + a.app() + "' (weight " + a.weight() + ", "
            + a.widgets().size() + " widget(s))").toList());
  }
}
