package dev.gauntlet.chaos;

import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import java.util.List;
import java.util.Map;

/**
 * The first probe form ({@code probe: ttfr_p95_ms, below: 2000}) read as the objective it means
 * ({@code ttfr_ms p95 < 2000}), so experiment files written for it keep working.
 */
final class LegacyProbe {

  private static final Map<String, String> SLI = Map.of("ttfr_p95_ms", "ttfr_ms p95", "rerun_p95_ms", "rerun_ms p95",
      "interaction_success_pct", "interaction_success", "lost_sessions", "lost_sessions");
  private static final Map<String, String> OPERATOR = Map.of("below", "<", "atLeast", ">=", "atMost", "<=");
  private static final List<String> NAMES = List.of("ttfr_p95_ms", "rerun_p95_ms", "interaction_success_pct",
      "lost_sessions");

  private LegacyProbe() {}

  static String objective(Fields f) {
    String kind = f.string("probe", null);
    if (kind == null) {
      throw new ScenarioException(f.file(), f.line(), f.where() + " has no objective",
          "write e.g. objective: ttfr_ms p95 < 2000 (docs/chaos.md)");
    }
    if (!SLI.containsKey(kind)) {
      throw new ScenarioException(f.file(), f.line("probe"), f.child("probe") + " is '" + kind + "'"
          + Suggest.hint(kind, NAMES), "write objective: ttfr_ms p95 < 2000 (any objective of docs/slo.md)");
    }
    List<String> bounds = OPERATOR.keySet().stream().sorted().filter(c -> f.get(c).isPresent()).toList();
    if (bounds.size() != 1) {
      throw new ScenarioException(f.file(), f.line(), f.where() + " needs exactly one of below, atLeast, atMost (has "
          + bounds.size() + ")", "write objective: ttfr_ms p95 < 2000 instead");
    }
    double bound = f.number(bounds.get(0), 0, -Double.MAX_VALUE);
    String number = bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    return SLI.get(kind) + " " + OPERATOR.get(bounds.get(0)) + " " + number
        + (kind.equals("interaction_success_pct") ? "%" : "");
  }
}
