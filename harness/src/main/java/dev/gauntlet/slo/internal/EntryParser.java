package dev.gauntlet.slo.internal;

import dev.gauntlet.slo.Objective;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One file's {@code objectives:} list: a bare string or a mapping per objective, defaults applied. */
final class EntryParser {

  private static final List<String> ENTRY = List.of("objective", "name", "scope", "app", "window", "minSamples",
      "abortOnFail");
  private static final List<String> SCOPES = List.of(Objective.RUN, Objective.STEADY, Objective.FAULT);

  /** The target's apps, or null when they are not known (nothing to check against). */
  private final List<String> apps;

  EntryParser(List<String> apps) {
    this.apps = apps;
  }

  List<Objective> parse(Fields owner, Duration defaultWindow, boolean defaultAbort) {
    List<YamlNode> nodes = owner.list("objectives");
    List<Objective> objectives = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      YamlNode node = nodes.get(i);
      String where = owner.child("objectives") + "[" + i + "]";
      if (PromqlEntries.isPromql(node)) {
        continue; // PromqlEntries reads it
      }
      objectives.add(node.isScalar() ? bare(owner, node, where, defaultWindow, defaultAbort)
          : entry(Fields.of(owner.file(), node, where, ENTRY), defaultWindow, defaultAbort));
    }
    return objectives;
  }

  private Objective bare(Fields owner, YamlNode node, String where, Duration window, boolean abort) {
    if (node.scalar() == null || node.scalar().isBlank()) {
      throw new ScenarioException(owner.file(), node.line(), where + " is empty", "write e.g. - ttfr_ms p95 < 2000");
    }
    ObjectiveText.Parsed p = text(owner, node.line(), node.scalar());
    return build(node.scalar().trim(), null, Objective.RUN, null, window, 1, abort, owner, node.line(), p);
  }

  private Objective entry(Fields f, Duration defaultWindow, boolean defaultAbort) {
    String text = f.string("objective", null);
    if (text == null || text.isBlank()) {
      throw new ScenarioException(f.file(), f.line(), f.where() + " has no 'objective'",
          "add objective: ttfr_ms p95 < 2000");
    }
    ObjectiveText.Parsed p = text(f, f.get("objective").orElseThrow().line(), text);
    String scope = f.string("scope", Objective.RUN).trim();
    if (!SCOPES.contains(scope)) {
      throw f.error("scope", f.get("scope").orElseThrow(), "is '" + scope + "'" + Suggest.hint(scope, SCOPES),
          "write scope: run, steady or fault");
    }
    String app = f.string("app", null);
    if (app != null && apps != null && !apps.contains(app)) {
      throw f.error("app", f.get("app").orElseThrow(), "names app '" + app + "', which the scenario's target lacks"
          + Suggest.hint(app, apps), "use one of its apps: " + String.join(", ", apps));
    }
    Duration window = SloSection.positive(f, "window", defaultWindow);
    int minSamples = f.integer("minSamples", 1, 0);
    boolean abort = SloSection.bool(f, "abortOnFail", defaultAbort);
    return build(text.trim(), f.string("name", null), scope, app, window, minSamples, abort, f, f.line(), p);
  }

  private static Objective build(String text, String name, String scope, String app, Duration window, int minSamples,
      boolean abort, Fields f, int line, ObjectiveText.Parsed p) {
    String resolved = name != null && !name.isBlank() ? name.trim()
        : text + (scope.equals(Objective.RUN) ? "" : " [" + scope + "]") + (app == null ? "" : " (app " + app + ")");
    return new Objective(resolved, p.sli(), text, scope, app, window, minSamples, abort, f.file(), line, p.kind(),
        p.stat(), p.op(), p.threshold());
  }

  private static ObjectiveText.Parsed text(Fields f, int line, String text) {
    try {
      return ObjectiveText.parse(text);
    } catch (ObjectiveText.Invalid e) {
      throw new ScenarioException(f.file(), line, "objective '" + text.trim() + "' " + e.getMessage(), e.fix());
    }
  }
}
