package dev.gauntlet.slo.internal;

import dev.gauntlet.slo.PromqlObjective;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code - promql: '...'} entries of one file's {@code objectives:} list (docs/observability.md). */
final class PromqlEntries {

  private static final List<String> FIELDS = List.of("promql", "name", "abortOnFail");

  private PromqlEntries() {}

  static boolean isPromql(YamlNode node) {
    return node.isMapping() && node.mapping().containsKey("promql");
  }

  static List<PromqlObjective> parse(Fields owner) {
    List<YamlNode> nodes = owner.list("objectives");
    List<PromqlObjective> objectives = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (!isPromql(nodes.get(i))) {
        continue;
      }
      Fields f = Fields.of(owner.file(), nodes.get(i), owner.child("objectives") + "[" + i + "]", FIELDS);
      String text = f.string("promql", "");
      int line = f.get("promql").map(YamlNode::line).orElse(f.line());
      String name = f.string("name", null);
      PromqlObjective o = PromqlObjective.parse(name == null || name.isBlank() ? null : name.trim(), text, f.file(), line)
          .orElseThrow(() -> new ScenarioException(f.file(), line, f.child("promql") + " '" + text.trim()
              + "' does not end in a comparison with a number",
              "write e.g. promql: 'histogram_quantile(0.99, sum by (le) (rate(gauntlet_rerun_seconds_bucket[1m]))) < 0.5'"));
      objectives.add(SloSection.bool(f, "abortOnFail", false) ? o.abortingOnFail() : o);
    }
    return objectives;
  }
}
