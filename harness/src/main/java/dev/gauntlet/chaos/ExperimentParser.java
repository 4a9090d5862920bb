package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Target;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code chaos/*.yaml}; every error names the file and line (a {@link ScenarioException}). */
public final class ExperimentParser {

  private static final List<String> TOP = List.of("title", "description", "steadyState", "method", "rollbacks");
  private static final List<String> PROBE = List.of("name", "objective", "window", "probe", "below", "atLeast", "atMost");
  private static final List<String> STEP = List.of("action", "pause", "selector", "mode", "value", "grace", "duration");
  private static final List<String> SELECTOR = List.of("component", "app", "busy");
  private static final List<String> COMPONENTS = List.of(Target.RUNTIME, Target.GATEWAY, Target.SCHEDULER);

  private ExperimentParser() {}

  public static Experiment parse(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Fields top = Fields.of(abs, YamlReader.read(abs), "", TOP);
    String title = top.string("title", abs.getFileName().toString());
    List<Probe> probes = new ArrayList<>();
    List<YamlNode> probeNodes = top.list("steadyState");
    for (int i = 0; i < probeNodes.size(); i++) {
      probes.add(probe(Fields.of(abs, probeNodes.get(i), "steadyState[" + i + "]", PROBE)));
    }
    List<Step> method = steps(abs, top, "method");
    if (method.isEmpty()) {
      throw new ScenarioException(abs, top.line(), "the experiment has no method", "add method: [{action: pod-kill}]");
    }
    return new Experiment(abs, title, probes, method, steps(abs, top, "rollbacks"));
  }

  private static Probe probe(Fields f) {
    String name = f.string("name", "probe");
    Duration window = f.duration("window", Duration.ofSeconds(30));
    String text = f.string("objective", null);
    int line = f.get("objective").map(YamlNode::line).orElse(f.line());
    if (text == null) {
      text = LegacyProbe.objective(f);
      line = f.line();
    }
    return new Probe(name, Objectives.probe(name, text, f.file(), line), window, f.line());
  }

  private static List<Step> steps(Path file, Fields top, String key) {
    List<Step> steps = new ArrayList<>();
    List<YamlNode> nodes = top.list(key);
    for (int i = 0; i < nodes.size(); i++) {
      steps.add(step(Fields.of(file, nodes.get(i), key + "[" + i + "]", STEP)));
    }
    return steps;
  }

  private static Step step(Fields f) {
    String action = f.string("action", null);
    if (action == null) {
      if (f.get("pause").isEmpty()) {
        throw new ScenarioException(f.file(), f.line(), f.where() + " has neither an action nor a pause",
            "write action: pod-kill or pause: 5s");
      }
      return Step.pause(f.duration("pause", Duration.ZERO), f.line());
    }
    if (!Actions.NAMES.contains(action)) {
      throw new ScenarioException(f.file(), f.line("action"), "unknown action '" + action + "'" + Suggest.hint(action, Actions.NAMES),
          "known actions: " + String.join(", ", Actions.NAMES));
    }
    Fields s = f.mapping("selector", SELECTOR);
    String component = s.string("component", null);
    if (component != null && !COMPONENTS.contains(component)) {
      throw new ScenarioException(f.file(), s.line("component"), s.child("component") + " is '" + component + "'"
          + Suggest.hint(component, COMPONENTS), "write one of " + String.join(", ", COMPONENTS));
    }
    String hits = hits(action);
    if (component != null && hits != null && !component.equals(hits)) {
      throw new ScenarioException(f.file(), s.line("component"), action + " hits " + hits + " processes, but the selector asks for "
          + component + ", so it matches nothing", "drop the component, or write component: " + hits);
    }
    String busyText = s.string("busy", null);
    if (busyText != null && !busyText.equals("true") && !busyText.equals("false")) {
      throw new ScenarioException(f.file(), s.line("busy"), s.child("busy") + " is '" + busyText + "'", "write true or false");
    }
    Selector selector = new Selector(component, s.string("app", null), busyText == null ? null : Boolean.valueOf(busyText));
    return new Step(action, selector, mode(f), f.duration("grace", Duration.ofSeconds(5)),
        f.duration("duration", Duration.ofSeconds(10)), f.line());
  }

  /** The component an action hits; null for thaw-all, which hits what was frozen. */
  private static String hits(String action) {
    return switch (action) {
      case "gateway-kill" -> Target.GATEWAY;
      case "scheduler-kill" -> Target.SCHEDULER;
      case "idp-kill", "idp-pause" -> Target.IDP;
      case "thaw-all" -> null;
      default -> Target.RUNTIME;
    };
  }

  private static Mode mode(Fields f) {
    String kind = f.string("mode", "one");
    if (!Mode.KINDS.contains(kind)) {
      throw new ScenarioException(f.file(), f.line("mode"), f.child("mode") + " is '" + kind + "'" + Suggest.hint(kind, Mode.KINDS),
          "write one of " + String.join(", ", Mode.KINDS));
    }
    boolean needsValue = kind.startsWith("fixed");
    if (needsValue && f.get("value").isEmpty()) {
      throw new ScenarioException(f.file(), f.line("mode"), "mode " + kind + " needs a value", "add value: 1");
    }
    int value = f.integer("value", 1, 1);
    if (kind.equals("fixed-percent") && value > 100) {
      throw new ScenarioException(f.file(), f.line("value"), f.child("value") + " is " + value + "%, above 100", "write value: 50");
    }
    return new Mode(kind, value);
  }
}
