package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two fixture summaries (compare/smoke-*.json) give exactly the golden table and JSON, through the real CLI. */
class CompareGoldenTest {

  @TempDir
  Path root;

  CompareCli cli;
  Path baseline;
  Path current;

  @BeforeEach
  void runDirs() {
    cli = new CompareCli(root);
    baseline = cli.runDir("baseline", "compare/smoke-baseline.json");
    current = cli.runDir("current", "compare/smoke-current.json");
  }

  @Test
  void theTableIsGoldenAndARegressionExits1() {
    int code = cli.run("compare", baseline.toString(), current.toString());

    assertThat(cli.out()).isEqualTo(CompareCli.text("compare/table.txt"));
    assertThat(cli.err.toString()).isEmpty();
    assertThat(code).isEqualTo(1);
  }

  @Test
  void theJsonIsGolden() {
    int code = cli.run("compare", "--json", baseline.toString(), current.toString());

    assertThat(cli.out()).isEqualTo(CompareCli.text("compare/compare.json"));
    assertThat(code).isEqualTo(1);
  }

  @Test
  void summaryFilesCompareLikeTheirRunDirectories() {
    int code = cli.run("compare", baseline.resolve("summary.json").toString(), current.resolve("summary.json").toString());

    assertThat(cli.out()).isEqualTo(CompareCli.text("compare/table.txt"));
    assertThat(code).isEqualTo(1);
  }

  @Test
  void anOlderSummaryWithoutProvenanceAndANewerOneWithExtraFieldsStillCompareWithAWarning() {
    Path older = cli.runDir("older", "compare/chaos-older.json");
    Path newer = cli.runDir("newer", "report/chaos/summary.json", s -> {
      s.putObject("futureSection").put("anything", 1);
      ((ObjectNode) s.get("sli")).putObject("future_ms").put("count", 50).put("p50", 1.0).put("p95", 2.0).put("p99", 3.0);
    });

    int code = cli.run("compare", "--min-count", "1", "--min-tail", "0", older.toString(), newer.toString());

    assertThat(code).isZero();
    assertThat(cli.err.toString()).contains("gauntlet: warning: baseline 20251123-121320-chaos-runtime-kill-9f3c has no "
        + "provenance.scenarioSha256", "gauntlet: warning: current 20251123-121320-chaos-runtime-kill-9f3c has no");
    assertThat(cli.out()).contains("commit unknown  scenario sha256 unknown  gauntlet unknown")
        .containsPattern("future_ms +p95 +ms +- +2\\.000 +-/50 +no data")
        .contains("compare: no regression (0 improved, 20 within noise, 3 no data)");
  }
}
