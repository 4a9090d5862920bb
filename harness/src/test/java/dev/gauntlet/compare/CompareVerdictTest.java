package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regression injected into a copy of a summary is flagged (exit 1); an identical copy is all within noise (exit 0). */
class CompareVerdictTest {

  @TempDir
  Path root;

  CompareCli cli;
  Path baseline;

  @BeforeEach
  void baseline() {
    cli = new CompareCli(root);
    baseline = cli.runDir("baseline", "compare/smoke-baseline.json");
  }

  @Test
  void anIdenticalCopyIsWithinNoiseEverywhereItHasDataAndExits0() {
    Path copy = cli.runDir("copy", "compare/smoke-baseline.json");

    int code = cli.run("compare", baseline.toString(), copy.toString());

    assertThat(code).isZero();
    assertThat(verdicts()).containsOnly("within noise", "no data").filteredOn("within noise"::equals).hasSize(6);
    assertThat(lastLine()).isEqualTo("compare: no regression (0 improved, 6 within noise, 14 no data)");
  }

  @Test
  void anIdenticalCopyOfTheChaosRunIsAllWithinNoiseWhenEverySampleCounts() {
    Path chaos = cli.runDir("chaos", "report/chaos/summary.json");
    Path copy = cli.runDir("chaos-copy", "report/chaos/summary.json");

    int code = cli.run("compare", "--min-count", "1", "--min-tail", "0", "--stats", "p50,p95,p99,max", chaos.toString(),
        copy.toString());

    assertThat(code).isZero();
    assertThat(verdicts()).hasSize(26).containsOnly("within noise");
  }

  @Test
  void aP95InjectedIntoACopyIsARegressionNamedOnTheLastLine() {
    // rerun_ms has 352 samples: 17.6 beyond its p95, enough under the default --min-tail 10
    Path slower = cli.runDir("slower", "compare/smoke-baseline.json", s -> sli(s, "rerun_ms").put("p95", 31.511));

    int code = cli.run("compare", baseline.toString(), slower.toString());

    assertThat(code).isEqualTo(1);
    assertThat(rowOf("rerun_ms", "p95")).endsWith("+10.504   +50.0%       352/352  regressed");
    assertThat(verdicts()).filteredOn("regressed"::equals).hasSize(1);
    assertThat(lastLine()).isEqualTo("compare: REGRESSION: 1 of 20 regressed: rerun_ms p95 21.007 -> 31.511 ms (+50.0%) "
        + "(0 improved, 5 within noise, 14 no data)");
  }

  @Test
  void moreFailedInteractionsAndOneMoreLostSessionAreRegressions() {
    Path worse = cli.runDir("worse", "compare/smoke-baseline.json", s -> {
      ((ObjectNode) s.get("interactions")).put("failed", 6);
      ((ObjectNode) s.get("sessions")).put("lost", 2);
    });

    assertThat(cli.run("compare", "--json", baseline.toString(), worse.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("\"regressions\" : [ \"interaction_success ratio\", \"sessions.lost count\" ]");
  }

  @Test
  void changesAtTheFloorsAreNoiseAndJustOverThemCount() {
    Path moved = cli.runDir("moved", "compare/smoke-baseline.json", s -> {
      sli(s, "ttfr_ms").put("p50", 45.151 + 5);           // +5 ms: the absolute floor
      sli(s, "ttfr_ms").put("p95", 320.767 * 1.1);        // +10%: the relative floor
      sli(s, "rerun_ms").put("p50", 15.255 + 5.001);      // over both floors
      sli(s, "failover_ms").put("p50", 450.559 - 45.1);   // faster, just over 10%
    });

    // --min-tail 0: ttfr_ms p95 of 120 samples is judged, to test the relative floor on it
    assertThat(cli.run("compare", "--min-tail", "0", baseline.toString(), moved.toString())).isEqualTo(1);
    assertThat(rowOf("ttfr_ms", "p50")).endsWith("within noise");
    assertThat(rowOf("ttfr_ms", "p95")).endsWith("within noise");
    assertThat(rowOf("rerun_ms", "p50")).endsWith("regressed");
    assertThat(rowOf("failover_ms", "p50")).endsWith("improved");
  }

  @Test
  void theFloorsAreConfigurable() {
    Path moved = cli.runDir("moved", "compare/smoke-baseline.json", s -> sli(s, "rerun_ms").put("p95", 21.007 + 12));

    assertThat(cli.run("compare", baseline.toString(), moved.toString())).isEqualTo(1);
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("compare", "--noise-abs", "15ms", baseline.toString(), moved.toString())).isZero();
    assertThat(cli.run("compare", "--noise-rel", "60%", baseline.toString(), moved.toString())).isZero();
    assertThat(cli.run("compare", "--min-count", "1000", baseline.toString(), moved.toString())).isZero();
    assertThat(cli.out()).contains("latency within 10% or 5 ms; interaction_success within 0.5 points; fewer than 1000 "
        + "samples, or fewer than 10 beyond a percentile (p95: 200, p99: 1000): no data");
  }

  @Test
  void anImprovementAloneExits0() {
    Path faster = cli.runDir("faster", "compare/smoke-baseline.json", s -> sli(s, "ttfr_ms").put("p50", 30.0));

    assertThat(cli.run("compare", baseline.toString(), faster.toString())).isZero();
    assertThat(lastLine()).isEqualTo("compare: no regression (1 improved, 5 within noise, 14 no data)");
  }

  private static ObjectNode sli(ObjectNode summary, String name) {
    return (ObjectNode) summary.get("sli").get(name);
  }

  private List<String> rows() {
    List<String> lines = Arrays.asList(cli.out().split("\n"));
    return lines.subList(4, lines.size() - 1);
  }

  /** The verdict of each row, without a no-data reason. */
  private List<String> verdicts() {
    return rows().stream().map(l -> l.substring(l.lastIndexOf("  ") + 2).replaceFirst(":.*", "")).toList();
  }

  private String rowOf(String sli, String stat) {
    return rows().stream().filter(l -> l.matches(sli + " +" + stat + " .*")).findFirst().orElseThrow();
  }

  private String lastLine() {
    String[] lines = cli.out().split("\n");
    return lines[lines.length - 1];
  }
}
