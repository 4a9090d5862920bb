package dev.gauntlet.scenario.internal;

import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.Resources;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads {@code target.apps}: each item names an app spec ({@code spec:} path or {@code app:} name). */
final class AppPools {

  static final List<String> APP_FIELDS =
      List.of("app", "spec", "warm", "maxSessionsPerPod", "idleRetire", "startTimeout", "resources");
  static final List<String> RESOURCE_FIELDS = List.of("cpu", "memory");

  private AppPools() {}

  static List<AppPool> parse(Fields target, Path scenarioDir) {
    List<YamlNode> items = target.list("apps");
    if (items.isEmpty()) {
      throw new ScenarioException(target.file(), target.line(), "target.apps lists no app",
          "add apps: [{spec: ../apps/dash.yaml, warm: 2}]");
    }
    List<AppPool> pools = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Fields item = Fields.of(target.file(), items.get(i), "target.apps[" + i + "]", APP_FIELDS);
      Path spec = specPath(item, scenarioDir);
      String name = AppSpecs.readName(spec);
      String declared = item.string("app", name);
      if (!declared.equals(name)) {
        throw new ScenarioException(target.file(), item.line("app"),
            item.child("app") + " is '" + declared + "' but " + ScenarioException.display(spec) + " names the app '" + name + "'",
            "make them agree or drop app:");
      }
      if (!seen.add(name)) {
        throw new ScenarioException(target.file(), item.line(), "app '" + name + "' is listed twice in target.apps",
            "keep one pool per app");
      }
      pools.add(new AppPool(name, spec,
          item.integer("warm", 1, 0),
          item.integer("maxSessionsPerPod", 50, 1),
          item.duration("idleRetire", Duration.ofSeconds(60)),
          item.duration("startTimeout", Duration.ofSeconds(30)),
          resources(item.mapping("resources", RESOURCE_FIELDS))));
    }
    return pools;
  }

  private static Resources resources(Fields r) {
    return new Resources(Quantities.cpus(r, "cpu"), Quantities.memoryBytes(r, "memory"));
  }

  private static Path specPath(Fields item, Path scenarioDir) {
    String spec = item.string("spec", null);
    if (spec != null) {
      Path path = scenarioDir.resolve(spec).normalize();
      if (!Files.isRegularFile(path)) {
        throw new ScenarioException(item.file(), item.line("spec"),
            item.child("spec") + " '" + spec + "' does not exist (looked for " + path + ")",
            "paths resolve against the scenario's folder " + ScenarioException.display(scenarioDir));
      }
      return path;
    }
    String app = item.string("app", null);
    if (app == null) {
      throw new ScenarioException(item.file(), item.line(), item.where() + " names no app",
          "add spec: ../apps/NAME.yaml (or app: NAME for apps/NAME.yaml)");
    }
    Path appsDir = scenarioDir.resolveSibling("apps").normalize();
    Path path = appsDir.resolve(app + ".yaml");
    if (!Files.isRegularFile(path)) {
      List<String> known = knownApps(appsDir);
      throw new ScenarioException(item.file(), item.line("app"),
          "unknown app '" + app + "'" + Suggest.hint(app, known),
          "known apps (the .yaml files in " + ScenarioException.display(appsDir) + "): "
              + (known.isEmpty() ? "none" : String.join(", ", known)));
    }
    return path;
  }

  private static List<String> knownApps(Path appsDir) {
    try (Stream<Path> files = Files.list(appsDir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
