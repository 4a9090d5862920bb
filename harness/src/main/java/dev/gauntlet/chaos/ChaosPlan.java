package dev.gauntlet.chaos;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.yaml.DurationText;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlNode;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scenario's {@code chaos:} section, read and validated before anything starts (docs/chaos.md). */
public final class ChaosPlan {

  private static final List<String> ENTRY = List.of("experiment", "at", "every", "times");

  private ChaosPlan() {}

  /** The scheduled experiments of {@code scenario}; empty when it has no chaos section. */
  public static List<ScheduledExperiment> of(Scenario scenario) {
    return of(scenario, scenario.target());
  }

  /**
   * As {@link #of(Scenario)}, for a run against {@code target}: the scenario's, or the one
   * {@code --target} chose. Chaos acts on a deployment it can see, so an external target is refused
   * unless its pods are reachable through Kubernetes (a {@code kubernetes:} block).
   */
  public static List<ScheduledExperiment> of(Scenario scenario, Target target) {
    Path file = scenario.file();
    if (!scenario.sectionNames().contains("chaos")) {
      return List.of();
    }
    Fields top = Fields.of(file, YamlReader.read(file), "", null);
    List<YamlNode> nodes = top.list("chaos");
    if (nodes.isEmpty()) {
      return List.of();
    }
    if (target instanceof ExternalTarget external && external.kubernetes() == null) {
      throw external(file, top.line("chaos"), scenario.target() instanceof LocalTarget);
    }
    List<ScheduledExperiment> entries = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Fields f = Fields.of(file, nodes.get(i), "chaos[" + i + "]", ENTRY);
      String ref = f.string("experiment", null);
      if (ref == null) {
        throw new ScenarioException(file, f.line(), f.where() + " names no experiment", "add experiment: ../chaos/runtime-kill.yaml");
      }
      Experiment experiment = ExperimentParser.parse(file.getParent().resolve(ref));
      Duration at = f.duration("at", Duration.ZERO);
      Duration every = f.duration("every", Duration.ZERO);
      int times = f.integer("times", 1, 1);
      if (times > 1 && every.isZero()) {
        throw new ScenarioException(file, f.line("times"), f.where() + " fires " + times + " times but has no 'every'",
            "add every: 30s");
      }
      entries.add(new ScheduledExperiment(experiment, at, every, times, f.line()));
    }
    validate(scenario, target, entries);
    return List.copyOf(entries);
  }

  private static ScenarioException external(Path file, int line, boolean overridden) {
    String what = "chaos needs a deployment Gauntlet can see and act on (its processes, to kill, pause and watch), "
        + (overridden ? "but --target external makes the target only a URL" : "but an external target is only a URL");
    return new ScenarioException(file, line, what, overridden
        ? "drop --target external (chaos runs against the scenario's local target), or remove the chaos section"
        : "run chaos against target.kind: local, docker or kubernetes, give the external target a kubernetes: "
            + "block (namespace, selectors) so its pods can be reached, or remove the chaos section");
  }

  private static void validate(Scenario scenario, Target target, List<ScheduledExperiment> entries) {
    Duration runLength = scenario.loadSection().map(l -> l.ramp().plus(l.hold())).orElse(Duration.ZERO);
    // an external deployment's apps are known only to its own pods' labels: any app may match
    List<String> apps = target instanceof LocalTarget local ? local.appNames() : null;
    for (ScheduledExperiment e : entries) {
      if (e.lastFiring().compareTo(runLength) > 0) {
        throw new ScenarioException(scenario.file(), e.line(), "the last firing of " + e.experiment().name() + " is at "
            + DurationText.format(e.lastFiring()) + ", past the run's end at " + DurationText.format(runLength)
            + " (ramp + hold)", "fire earlier, fewer times, or lengthen load.hold");
      }
      List<Step> steps = new ArrayList<>(e.experiment().method());
      steps.addAll(e.experiment().rollbacks());
      for (Step s : steps) {
        String app = s.selector().app();
        if (app != null && apps != null && !apps.contains(app)) {
          throw new ScenarioException(e.experiment().file(), s.line(), "the selector names app '" + app
              + "', which the target of " + ScenarioException.display(scenario.file()) + " lacks, so it matches nothing",
              "use one of its apps: " + String.join(", ", apps));
        }
      }
    }
  }
}
