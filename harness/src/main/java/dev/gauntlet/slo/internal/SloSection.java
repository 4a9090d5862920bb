package dev.gauntlet.slo.internal;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.PromqlObjective;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlNode;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a scenario's {@code slos:} section and its includes into objectives (docs/slo.md). */
public final class SloSection {

  public static final String SECTION = "slos";
  private static final List<String> SECTION_FIELDS = List.of("include", "faultWindow", "abortOnFail", "objectives");
  private static final List<String> INCLUDE_FIELDS = List.of("description", "faultWindow", "abortOnFail", "objectives");
  private static final Duration MIN_FAULT_WINDOW = Duration.ofSeconds(30);

  private SloSection() {}

  /** The section's fields, or null when the scenario has none. */
  static Fields section(Scenario scenario) {
    if (!scenario.sectionNames().contains(SECTION)) {
      return null;
    }
    Fields top = Fields.of(scenario.file(), YamlReader.read(scenario.file()), "", null);
    YamlNode node = top.get(SECTION).orElse(null);
    if (node == null) {
      return null;
    }
    if (node.isSequence()) {
      // slos: [a, b] is short for slos: {objectives: [a, b]}
      node = new YamlNode(Map.of("objectives", node), Map.of("objectives", node.line()), null, null, node.line());
      return Fields.of(scenario.file(), node, SECTION, SECTION_FIELDS);
    }
    return top.mapping(SECTION, SECTION_FIELDS);
  }

  /** The include files in order, resolved against the scenario's folder. */
  public static List<Path> includes(Scenario scenario) {
    Fields slos = section(scenario);
    return slos == null ? List.of() : includes(slos);
  }

  public static List<Objective> objectives(Scenario scenario) {
    Fields slos = section(scenario);
    if (slos == null) {
      return List.of();
    }
    Duration recoveryPlusInteraction = scenario.deadlines().recovery().plus(scenario.deadlines().interaction());
    Duration fallbackWindow = recoveryPlusInteraction.compareTo(MIN_FAULT_WINDOW) > 0 ? recoveryPlusInteraction : MIN_FAULT_WINDOW;
    Duration window = positive(slos, "faultWindow", fallbackWindow);
    boolean abort = bool(slos, "abortOnFail", false);
    EntryParser entries = new EntryParser(appNames(scenario));
    List<Objective> all = new ArrayList<>();
    for (Path include : includes(slos)) {
      Fields inc = Fields.of(include, YamlReader.read(include), "", INCLUDE_FIELDS);
      if (inc.get("objectives").isEmpty()) {
        throw new ScenarioException(include, inc.line(), "has no 'objectives' list",
            "write objectives: [interaction_success >= 99.5%] (an include file holds objectives: and may set faultWindow, abortOnFail)");
      }
      all.addAll(entries.parse(inc, positive(inc, "faultWindow", window), bool(inc, "abortOnFail", abort)));
    }
    all.addAll(entries.parse(slos, window, abort));
    checkUniqueNames(all);
    return List.copyOf(all);
  }

  /** The {@code promql} entries of the includes' and the section's objectives, in that order. */
  public static List<PromqlObjective> promql(Scenario scenario) {
    Fields slos = section(scenario);
    if (slos == null) {
      return List.of();
    }
    List<PromqlObjective> all = new ArrayList<>();
    for (Path include : includes(slos)) {
      all.addAll(PromqlEntries.parse(Fields.of(include, YamlReader.read(include), "", INCLUDE_FIELDS)));
    }
    all.addAll(PromqlEntries.parse(slos));
    List<String> taken = objectives(scenario).stream().map(Objective::name).collect(Collectors.toList());
    for (PromqlObjective o : all) {
      if (taken.contains(o.name())) {
        throw new ScenarioException(o.file(), o.line(), "objective name '" + o.name() + "' is taken",
            "give one of them another name (name: ...)");
      }
      taken.add(o.name());
    }
    return List.copyOf(all);
  }

  private static List<Path> includes(Fields slos) {
    Path folder = slos.file().getParent();
    List<Path> files = new ArrayList<>();
    YamlNode node = slos.get("include").orElse(null);
    if (node == null) {
      return files;
    }
    List<YamlNode> items = node.isSequence() ? node.sequence() : List.of(node);
    for (YamlNode item : items) {
      if (!item.isScalar() || item.scalar() == null || item.scalar().isBlank()) {
        throw new ScenarioException(slos.file(), item.line(), "slos.include should be a path or a list of paths but has "
            + item.kind(), "write include: ../slos/interactive.yaml");
      }
      files.add(folder.resolve(item.scalar().trim()).normalize());
    }
    return files;
  }

  private static List<String> appNames(Scenario scenario) {
    if (scenario.target() instanceof LocalTarget local) {
      return local.appNames();
    }
    if (scenario.target() instanceof ExternalTarget) {
      return scenario.loadSection().map(l -> l.apps().stream().map(Load.AppMix::app).toList()).orElse(null);
    }
    return null;
  }

  private static void checkUniqueNames(List<Objective> all) {
    Map<String, Objective> byName = new HashMap<>();
    for (Objective o : all) {
      Objective first = byName.putIfAbsent(o.name(), o);
      if (first != null) {
        throw new ScenarioException(o.file(), o.line(), "objective name '" + o.name() + "' is taken by the objective at "
            + ScenarioException.display(first.file()) + " line " + first.line(),
            "give one of them another name (name: ...)");
      }
    }
  }

  static Duration positive(Fields f, String key, Duration fallback) {
    Duration d = f.duration(key, fallback);
    if (d.isZero() || d.isNegative()) {
      throw f.error(key, f.get(key).orElseThrow(), "is " + d.toMillis() + "ms; a window needs a length",
          "write e.g. " + key + ": 30s");
    }
    return d;
  }

  static boolean bool(Fields f, String key, boolean fallback) {
    String text = f.string(key, null);
    if (text == null) {
      return fallback;
    }
    return switch (text.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw f.error(key, f.get(key).orElseThrow(), "is '" + text + "', not true or false",
          "write " + key + ": true");
    };
  }
}
