package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A percentile pNN is judged only with --min-tail samples beyond it (count x (1 - NN/100)); max needs --min-count only. */
class CompareTailTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path root;

  CompareCli cli;

  @BeforeEach
  void cli() {
    cli = new CompareCli(root);
  }

  @ParameterizedTest
  @ValueSource(ints = {150, 199})
  void aP95UnderTwoHundredSamplesIsNoDataWithItsReason(int samples) {
    JsonNode row = ttfrRow(samples, "p95");

    assertThat(row.path("verdict").asText()).isEqualTo("no data");
    String beyond = samples == 150 ? "7.5" : "9.95";
    assertThat(row.path("reason").asText())
        .isEqualTo("too few samples beyond p95 (" + samples + " x 5% = " + beyond + " < --min-tail 10)");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 250})
  void aP95FromTwoHundredSamplesIsJudged(int samples) {
    JsonNode row = ttfrRow(samples, "p95");

    assertThat(row.path("verdict").asText()).isEqualTo("regressed");
    assertThat(row.path("reason").isNull()).isTrue();
  }

  @Test
  void theTableShowsTheReasonBesideTheVerdictAndAThinTailDoesNotFail() {
    Path[] runs = slowerTtfr(150);

    // only the tails moved (+50%), and 150 samples cannot tell: no regression
    assertThat(cli.run("compare", runs[0].toString(), runs[1].toString())).isZero();
    assertThat(cli.out()).contains("150/150  no data: too few samples beyond p95 (150 x 5% = 7.5 < --min-tail 10)",
        "150/150  no data: too few samples beyond p99 (150 x 1% = 1.5 < --min-tail 10)",
        "fewer than 10 samples, or fewer than 10 beyond a percentile (p95: 200, p99: 1000): no data");
  }

  @Test
  void minTailZeroJudgesEveryPercentileWithEnoughSamples() {
    Path[] runs = slowerTtfr(150);

    assertThat(cli.run("compare", "--json", "--min-tail", "0", runs[0].toString(), runs[1].toString())).isEqualTo(1);
    JsonNode compare = json();
    assertThat(compare.path("noise").path("minTail").asInt()).isZero();
    assertThat(compare.path("regressions").toString()).contains("ttfr_ms p95", "ttfr_ms p99");
    // what is left without data lacks samples (--min-count) or has none, never a tail
    List<String> reasons = new ArrayList<>();
    compare.path("rows").forEach(r -> reasons.add(r.path("reason").asText("")));
    assertThat(reasons).noneMatch(r -> r.contains("--min-tail"))
        .filteredOn(r -> !r.isEmpty()).allMatch(r -> r.contains("--min-count") || r.startsWith("no samples"));
  }

  @Test
  void maxNeedsOnlyTheMinimumCount() {
    Path[] runs = slowerTtfr(20);

    cli.run("compare", "--json", "--stats", "p99,max", runs[0].toString(), runs[1].toString());
    JsonNode rows = json().path("rows");

    assertThat(row(rows, "ttfr_ms", "max").path("verdict").asText()).isEqualTo("regressed");
    assertThat(row(rows, "ttfr_ms", "p99").path("reason").asText())
        .isEqualTo("too few samples beyond p99 (20 x 1% = 0.2 < --min-tail 10)");
  }

  @Test
  void aNegativeMinTailIsAUsageError() {
    Path run = cli.runDir("run", "compare/smoke-baseline.json");

    assertThat(cli.run("compare", "--min-tail", "-1", run.toString(), run.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--min-tail cannot be negative");
  }

  /** The ttfr_ms row of stat when both runs have {@code samples} TTFRs and the current one is 50% slower everywhere. */
  private JsonNode ttfrRow(int samples, String stat) {
    Path[] runs = slowerTtfr(samples);
    cli.run("compare", "--json", runs[0].toString(), runs[1].toString());
    return row(json().path("rows"), "ttfr_ms", stat);
  }

  private Path[] slowerTtfr(int samples) {
    Path baseline = cli.runDir("baseline", "compare/smoke-baseline.json", s -> ttfr(s).put("count", samples));
    Path slower = cli.runDir("slower", "compare/smoke-baseline.json", s -> ttfr(s).put("count", samples)
        .put("p95", 481.151).put("p99", 481.151).put("max", 481.151));
    return new Path[] {baseline, slower};
  }

  private static ObjectNode ttfr(ObjectNode summary) {
    return (ObjectNode) summary.get("sli").get("ttfr_ms");
  }

  private JsonNode json() {
    try {
      return JSON.readTree(cli.out.toString());
    } catch (java.io.IOException e) {
      throw new AssertionError(cli.out.toString(), e);
    }
  }

  private static JsonNode row(JsonNode rows, String sli, String stat) {
    for (JsonNode r : rows) {
      if (r.path("sli").asText().equals(sli) && r.path("stat").asText().equals(stat)) {
        return r;
      }
    }
    throw new AssertionError("no row " + sli + " " + stat + " in " + rows);
  }
}
