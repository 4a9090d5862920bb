package dev.gauntlet.scenario;

import dev.gauntlet.scenario.internal.LoadParser;
import dev.gauntlet.scenario.internal.TargetParser;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads scenario files: {@code Scenarios.load(Path.of("scenarios/smoke.yaml"))}. */
public final class Scenarios {

  /** Top-level sections read now; any other (e.g. chaos) is kept opaque for later issues. */
  static final List<String> READ_SECTIONS = List.of("name", "description", "target", "load", "deadlines");

  /** Sections other packages read (chaos experiments by dev.gauntlet.chaos, objectives by dev.gauntlet.slo, the capacity search by dev.gauntlet.capacity): kept by name. */
  static final List<String> LATER_SECTIONS = List.of("chaos", "slos", "capacity", "observability", "auth");

  static final List<String> KNOWN_SECTIONS = java.util.stream.Stream.concat(READ_SECTIONS.stream(),
      LATER_SECTIONS.stream()).toList();

  private Scenarios() {}

  /**
   * Parses and validates the file's target, load and deadlines.
   *
   * @throws ScenarioException naming the file, line and field of the first problem
   */
  public static Scenario load(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Fields top = Fields.of(abs, YamlReader.read(abs), "", null);
    String defaultName = abs.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String name = top.string("name", defaultName);
    String description = top.string("description", "");
    if (top.get("target").isEmpty()) {
      throw new ScenarioException(abs, top.line(), "no 'target' section",
          "add target: {kind: local, gateways: 2, apps: [{spec: ../apps/dash.yaml, warm: 2}]}");
    }
    Target target = TargetParser.parse(top, abs.getParent());
    Load load = LoadParser.load(top, target);
    Deadlines deadlines = LoadParser.deadlines(top);
    Map<String, Integer> others = new LinkedHashMap<>();
    for (String key : top.keys()) {
      if (!READ_SECTIONS.contains(key)) {
        // a near-miss of a known section ('slo', 'chaoss') is a typo, not a section of its own
        Suggest.closest(key, KNOWN_SECTIONS).filter(s -> !KNOWN_SECTIONS.contains(key)).ifPresent(s -> {
          throw new ScenarioException(abs, top.line(key), "unknown section '" + key + "' (did you mean " + s + "?)",
              "known sections: " + String.join(", ", KNOWN_SECTIONS));
        });
        others.put(key, top.line(key));
      }
    }
    return new Scenario(abs, name, description, target, load, deadlines, others);
  }
}
