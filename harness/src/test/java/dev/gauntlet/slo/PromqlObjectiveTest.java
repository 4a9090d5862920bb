package dev.gauntlet.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PromQL objective is its expression, then a comparison with a number; written in the slos list. */
class PromqlObjectiveTest {

  static final String QUERY = "histogram_quantile(0.99, sum by (le) (rate(gauntlet_rerun_seconds_bucket[1m])))";

  @Test
  void theLastComparisonWithANumberSplitsTheText() {
    PromqlObjective o = PromqlObjective.parse(null, QUERY + " < 0.5", null, 1).orElseThrow();
    assertThat(o.expression()).isEqualTo(QUERY);
    assertThat(o.op()).isEqualTo("<");
    assertThat(o.threshold()).isEqualTo(0.5);
    assertThat(o.name()).isEqualTo(QUERY + " < 0.5");
    assertThat(o.holds(0.49)).isTrue();
    assertThat(o.holds(0.5)).isFalse();
    assertThat(o.worst(0.2, 0.7)).isEqualTo(0.7);

    PromqlObjective ratio = PromqlObjective.parse("ok", "sum(rate(a_total{x=\"<\"}[1m])) >= 1e-3", null, 1).orElseThrow();
    assertThat(ratio.expression()).isEqualTo("sum(rate(a_total{x=\"<\"}[1m]))");
    assertThat(ratio.op()).isEqualTo(">=");
    assertThat(ratio.threshold()).isEqualTo(0.001);
    assertThat(ratio.worst(0.2, 0.7)).isEqualTo(0.2);

    assertThat(PromqlObjective.parse(null, QUERY, null, 1)).isEmpty();
  }

  @Test
  void promqlEntriesSitBesideTheOthersAndABadOneNamesItsLine(@TempDir Path dir) {
    ScenarioFiles files = new ScenarioFiles(dir);
    Path ok = files.scenario("target: {kind: external, url: 'http://127.0.0.1:9'}\nslos:\n  objectives:\n"
        + "    - rerun_ms p99 < 500\n    - {name: rerun p99, promql: '" + QUERY + " < 0.5'}\n"
        + "    - {promql: 'sum(gauntlet_sessions_active) < 100', abortOnFail: true}\n");
    assertThat(Objectives.of(Scenarios.load(ok))).extracting(Objective::text).containsExactly("rerun_ms p99 < 500");
    List<PromqlObjective> promql = Objectives.promql(Scenarios.load(ok));
    assertThat(promql).extracting(PromqlObjective::name).containsExactly("rerun p99",
        "sum(gauntlet_sessions_active) < 100");
    assertThat(promql.get(0).line()).isEqualTo(5);
    assertThat(promql).extracting(PromqlObjective::abortOnFail).containsExactly(false, true);

    Path bad = files.scenario("target: {kind: external, url: 'http://127.0.0.1:9'}\nslos:\n  objectives:\n"
        + "    - {promql: '" + QUERY + "'}\n");
    assertThatThrownBy(() -> Objectives.promql(Scenarios.load(bad))).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("line 4").hasMessageContaining("slos.objectives[0].promql")
        .hasMessageContaining("does not end in a comparison with a number");
  }
}
