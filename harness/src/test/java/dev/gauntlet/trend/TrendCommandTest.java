package dev.gauntlet.trend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.TestResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code gauntlet trend} end to end through picocli on run directories in a temp folder: JSON, trend.html, junit.xml. */
class TrendCommandTest {

  @TempDir
  Path root;

  final TrendCli cli = new TrendCli();
  final List<Path> nights = new ArrayList<>();
  Path reports;
  Path out;

  @BeforeEach
  void twelveNights() throws Exception {
    reports = root.resolve("reports");
    out = root.resolve("out");
    Nights generator = new Nights(reports, 5);
    for (int night = 0; night < 12; night++) {
      int n = night;
      Path dir = generator.night(night, s -> {
        Nights.set(s, "rerun_ms", "p95", n >= 6 ? 30 + n % 2 : 21 - n % 2); // 21/20 then 30/31 ms: a step at night 6
        if (n >= 9) {
          ((ObjectNode) s.get("provenance")).put("scenarioSha256", "0123456789abcdef0123");
        }
      });
      if (night % 3 == 0) {
        Files.writeString(dir.resolve("index.html"), "<!DOCTYPE html><title>report</title>");
      }
      nights.add(dir);
    }
  }

  @Test
  void jsonNamesTheChangePointItsCommitLevelsAndDirectionAndEverySeries() throws Exception {
    assertThat(cli.run("--json", "--out", out, reports)).isZero();

    JsonNode trend = new ObjectMapper().readTree(cli.out());
    assertThat(trend.get("schema").asText()).isEqualTo("gauntlet.trend/v1");
    assertThat(trend.get("runs")).hasSize(12);
    assertThat(trend.get("series")).extracting(s -> s.get("sli").asText() + " " + s.get("stat").asText())
        .contains("ttfr_ms p95", "rerun_ms p95", "pod_start_ms p50", "interaction_success ratio", "lost_sessions count",
            "failed_sessions count")
        .doesNotContain("failover_ms p95", "ttfr_cold_ms p50"); // no samples in any night: no series
    JsonNode rerun = find(trend.get("changePoints"), "rerun_ms", "p95");
    assertThat(rerun.get("runId").asText()).isEqualTo(Nights.runId(6));
    assertThat(rerun.get("gitCommit").asText()).isEqualTo(Nights.commit(6));
    assertThat(rerun.get("direction").asText()).isEqualTo("regressed");
    assertThat(rerun.get("before").asDouble()).isEqualTo(20.5);
    assertThat(rerun.get("after").asDouble()).isEqualTo(30.5);
    assertThat(rerun.get("change").asDouble()).isEqualTo(48.78);
    assertThat(rerun.get("pValue").asDouble()).isLessThanOrEqualTo(0.05);
    assertThat(trend.get("provenanceChanges")).hasSize(1);
    assertThat(trend.get("provenanceChanges").get(0).get("runId").asText()).isEqualTo(Nights.runId(9));
    assertThat(trend.get("gate").isNull()).isTrue();
    JsonNode series = find(trend.get("series"), "rerun_ms", "p95");
    assertThat(series.get("worse").asText()).isEqualTo("higher");
    assertThat(series.get("segments")).extracting(g -> g.get("median").asDouble()).containsExactly(20.5, 30.5);
  }

  @Test
  void theTableShowsTheChangePointAndTheProvenanceChange() {
    assertThat(cli.run("--out", out, reports)).isZero();

    assertThat(cli.out()).contains("scenario nightly  12 runs  2026-11-01T01:00:00Z .. 2026-11-12T01:00:00Z",
        "provenance  " + Nights.runId(9) + "  scenarioSha256 9f1c2e3d4c5b -> 0123456789ab");
    assertThat(cli.lines()).anyMatch(l -> l.matches("rerun_ms +p95 +ms +" + Nights.runId(6) + " +c0ffee06c0ff +20\\.500 "
        + "+30\\.500 +\\+48\\.8% +0\\.\\d{3}  regressed"));
    assertThat(cli.last()).isEqualTo("trend.html  " + out.resolve("trend.html"));
  }

  @Test
  void trendHtmlIsSelfContainedWithAChartPerStatisticAndLinksToTheRunsReports() throws Exception {
    assertThat(cli.run("--out", out, reports)).isZero();

    String html = Files.readString(out.resolve("trend.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "<svg class=\"chart\"",
        "aria-label=\"rerun_ms p95 over 12 runs\"", "regressed +48.8%", "scenarioSha256 changed at " + Nights.runId(9),
        "href=\"../reports/" + Nights.runId(0) + "/index.html\"", "href=\"../reports/" + Nights.runId(6) + "/index.html\"");
    assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import",
        "href=\"../reports/" + Nights.runId(1) + "/index.html\""); // night 1 has no report: no link
  }

  @Test
  void theGateWritesATestCasePerStatisticToJunitXml() throws Exception {
    List<Path> runs = new ArrayList<>(nights.subList(0, 6));
    runs.add(nights.get(6)); // the step's first night is the newest

    assertThat(cli.run("--gate", "--out", out, runs)).isEqualTo(1);

    assertThat(cli.last()).startsWith("trend gate: REGRESSION: 1 regressed: nightly rerun_ms p95 30.000 ms, median 20.500 "
        + "ms of 6 runs since " + Nights.runId(0) + " (+46.3%, worse by more than ");
    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
    NodeList cases = junit.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(15);
    Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("gauntlet.trend");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) junit.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("trend.regressed");
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("rerun_ms p95");
    assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo("gauntlet.trend.nightly");
    assertThat(failure.getAttribute("message")).startsWith("rerun_ms p95 = 30.000 ms, median 20.500 ms of 6 runs");
  }

  @Test
  void aRunFoundTwiceInArtifactsThroughALinkOrByItsSummaryCountsOnce() throws Exception {
    Path artifacts = Files.createDirectories(root.resolve("artifacts"));
    Path copied = Files.createDirectories(artifacts.resolve("run-123/gauntlet-nightly"));
    Files.copy(nights.get(0).resolve("summary.json"), copied.resolve("summary.json"));
    Files.createSymbolicLink(reports.resolve("latest"), nights.get(11).getFileName());

    assertThat(cli.run("--json", "--out", out, reports, reports.resolve("latest"), nights.get(3).resolve("summary.json"),
        artifacts)).isZero();

    JsonNode runs = new ObjectMapper().readTree(cli.out()).get("runs");
    assertThat(runs).hasSize(12); // night 0's artifact, night 3's summary and latest (night 11) are the same runs
  }

  @Test
  void scenariosAreAnalysedApartAndScenarioPicksOne() throws Exception {
    Nights other = new Nights(root.resolve("reports"), 9);
    for (int night = 20; night < 26; night++) {
      other.night(night, s -> s.put("scenario", "smoke").put("runId", s.get("runId").asText().replace("nightly", "smoke")));
    }

    assertThat(cli.run("--out", out, reports)).isZero();
    assertThat(cli.out()).contains("scenario nightly  12 runs", "scenario smoke  6 runs", "trend: smoke: ");

    assertThat(cli.run("--json", "--scenario", "smoke", "--out", out, reports)).isZero();
    assertThat(new ObjectMapper().readTree(cli.out()).get("runs")).hasSize(6);
  }

  @Test
  void aRunThatDidNotCompleteIsLeftOutWithAWarning() throws Exception {
    ObjectNode summary = (ObjectNode) new ObjectMapper().readTree(nights.get(4).resolve("summary.json").toFile());
    summary.put("status", "error").put("statusReason", "target failing");
    new ObjectMapper().writeValue(nights.get(4).resolve("summary.json").toFile(), summary);

    assertThat(cli.run("--out", out, reports)).isZero();

    assertThat(cli.out()).contains("scenario nightly  11 runs");
    assertThat(cli.err.toString()).contains("gauntlet: warning: left out " + Nights.runId(4), "it ended error");
  }

  @Test
  void badInputIsExitTwoWithOneLineNamingTheInputAndTheFix() throws Exception {
    assertThat(cli.run("--out", out, root.resolve("nope"))).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gauntlet: " + root.resolve("nope") + " does not exist: pass run directories");

    Path empty = Files.createDirectories(root.resolve("empty/sub"));
    assertThat(cli.run("--out", out, empty.getParent())).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gauntlet: " + empty.getParent() + " holds no run: no summary.json in it");

    Path summary = nights.get(2).resolve("summary.json");
    String whole = Files.readString(summary);
    Files.writeString(summary, "{\n  \"schema\" : \"gauntlet.summary/v1\",\n  \"sli\" : {\n");
    assertThat(cli.run("--out", out, reports)).isEqualTo(2);
    assertThat(cli.err.toString()).contains(Nights.runId(2) + "/summary.json: unreadable summary (line 4: ");
    Files.writeString(summary, whole);

    assertThat(cli.run("--scenario", "nightlly", "--out", out, reports)).isEqualTo(2);
    assertThat(cli.err.toString()).isEqualTo("gauntlet: no run of scenario 'nightlly' among the 12 runs given (their "
        + "scenarios: nightly): pass one of those to --scenario, or leave --scenario out to analyse each"
        + System.lineSeparator());

    assertThat(cli.run("--gate", "--gate-min-change", "five", "--out", out, reports)).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--gate-min-change 'five' is not a percentage");
    assertThat(out.resolve("junit.xml")).doesNotExist();
  }

  @Test
  void aCapacitySearchsFiguresAreSeriesToo() throws Exception {
    for (Path night : nights) {
      Files.copy(TestResources.path("capacity/capacity.json"), night.resolve("capacity.json"));
    }

    assertThat(cli.run("--json", "--out", out, reports)).isZero();

    JsonNode maxLoad = find(new ObjectMapper().readTree(cli.out()).get("series"), "capacity", "maxLoad");
    assertThat(maxLoad.get("worse").asText()).isEqualTo("lower");
    assertThat(maxLoad.get("points")).hasSize(12);
  }

  private static JsonNode find(JsonNode array, String sli, String stat) {
    for (JsonNode node : array) {
      if (node.get("sli").asText().equals(sli) && node.get("stat").asText().equals(stat)) {
        return node;
      }
    }
    throw new AssertionError("no " + sli + " " + stat + " in " + array);
  }
}
