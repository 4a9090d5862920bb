package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.JournalCounts;
import dev.gauntlet.report.html.Chromium;
import dev.gauntlet.report.html.PageCheck;
import dev.gauntlet.report.html.Screenshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code gauntlet gate} end to end with Gatling on a small local target: objectives that hold exit 0;
 * an impossible one with abortOnFail stops the load early and exits 1, named on the terminal and in
 * junit.xml; a malformed one exits 2 before anything starts.
 */
class GateIT {

  static final long PLANNED_LOAD_MILLIS = 12_000; // ramp 2s + hold 10s below

  @TempDir
  Path work;

  @Test
  void objectivesThatHoldExit0WithEveryTestCasePassing() throws Exception {
    Path scenario = scenario("""
          objectives:
            - interaction_success >= 90%
            - ttfr_ms p95 < 15s
            - lost_sessions <= 0
        """);

    GatlingRun.Result gate = gate(scenario);

    assertThat(gate.exitCode()).as(gate.output()).isZero();
    assertThat(gate.output()).contains("verdict: PASS (3 of 3 objectives met)");
    Path runDir = gate.lastLine();
    Summary summary = new ObjectMapper().readValue(runDir.resolve("summary.json").toFile(), Summary.class);
    assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(summary.slos()).hasSize(3).allSatisfy(v -> assertThat(v.met()).as(v.toString()).isTrue());
    Document junit = junit(runDir);
    assertThat(junit.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(junit.getElementsByTagName("failure").getLength() + junit.getElementsByTagName("error").getLength()).isZero();
    assertThat(work.resolve("reports/latest").toRealPath()).isEqualTo(runDir.toRealPath());
    assertTheReportOpensInChromium(runDir);
  }

  /** The real run's index.html in headless Chromium: no error, no request, every chart drawn, not blank. */
  private static void assertTheReportOpensInChromium(Path runDir) throws Exception {
    Duration timeout = Duration.ofSeconds(30);
    try (Chromium chromium = Chromium.start(Chromium.requireOrSkip(), timeout)) {
      PageCheck page = PageCheck.of(chromium, runDir.resolve("index.html"), timeout);
      Path png = Files.write(Files.createDirectories(Path.of("target", "report-screenshots")).resolve("gate-pass.png"),
          page.png());
      System.out.println("report screenshot of a real gate run: " + png.toAbsolutePath());
      assertThat(page.problems()).as("console errors, exceptions and log errors").isEmpty();
      assertThat(page.requests()).as("requests besides the page itself").isEmpty();
      assertThat(page.charts()).extracting(PageCheck.Chart::id).contains("chart-ttfr", "chart-rerun", "chart-active",
          "chart-pods");
      assertThat(page.charts()).allSatisfy(c -> assertThat(c.drawn()).as(c.toString()).isTrue());
      assertThat(Screenshot.of(page.png()).blank()).isFalse();
    }
  }

  @Test
  void anImpossibleObjectiveWithAbortOnFailStopsTheRunEarlyAndExits1() throws Exception {
    Path scenario = scenario("""
          objectives:
            - interaction_success >= 90%
            - {objective: ttfr_ms p95 < 1, abortOnFail: true}
        """);

    GatlingRun.Result gate = gate(scenario);

    assertThat(gate.exitCode()).as(gate.output()).isEqualTo(1);
    assertThat(gate.output()).contains("verdict: FAIL: aborted: ").contains("ttfr_ms p95 < 1");
    Path runDir = gate.lastLine();
    Summary summary = new ObjectMapper().readValue(runDir.resolve("summary.json").toFile(), Summary.class);
    assertThat(summary.status()).isEqualTo(RunStatus.ABORTED);
    assertThat(summary.statusReason()).contains("ttfr_ms p95 < 1");
    assertThat(summary.slos()).filteredOn(v -> v.name().equals("ttfr_ms p95 < 1")).singleElement()
        .satisfies(v -> assertThat(v.met()).isFalse());
    List<Long> sessionStarts = new ArrayList<>();
    for (String line : Files.readAllLines(runDir.resolve("journal.jsonl"))) {
      JsonNode e = new ObjectMapper().readTree(line);
      if (e.path("type").asText().equals("session_started")) {
        sessionStarts.add(e.path("t").asLong());
      }
    }
    assertThat(sessionStarts).isNotEmpty();
    assertThat(sessionStarts.get(sessionStarts.size() - 1) - sessionStarts.get(0))
        .as("no session starts in the last seconds of the planned load: it was stopped").isLessThan(PLANNED_LOAD_MILLIS - 3_000);
    JournalCounts.of(runDir.resolve("journal.jsonl")).assertAgrees(summary);
    assertThat(runDir.resolve("histograms")).as("everything measured is written").exists();
    Element failure = failureOf(junit(runDir), "ttfr_ms p95 < 1");
    assertThat(failure.getAttribute("message")).startsWith("ttfr_ms p95 = ").contains(", objective < 1 ms (");
  }

  @Test
  void aMalformedObjectiveExits2NamingFileAndLineBeforeAnythingStarts() throws Exception {
    Path scenario = scenario("""
          objectives:
            - ttfr_ms p95 < fast
        """);

    GatlingRun.Result gate = gate(scenario);

    assertThat(gate.exitCode()).as(gate.output()).isEqualTo(2);
    assertThat(gate.output()).contains("gate.yaml line ").contains("ttfr_ms p95 < fast");
    assertThat(work.resolve("reports")).as("no run directory, so no deployment").doesNotExist();
  }

  private GatlingRun.Result gate(Path scenario) throws Exception {
    return GatlingRun.cli(work, Duration.ofMinutes(2), "gate", scenario.toString(), "--out", work.resolve("reports").toString());
  }

  /** A short local run (one dash pod, 3 users, 12 s of load) with the slos section given. */
  private Path scenario(String objectives) throws Exception {
    Path file = work.resolve("scenarios/gate.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        name: gate
        target:
          gateways: 1
          apps:
            - spec: %s
              warm: 1
          runtime:
            jvmOptions: [-Xmx128m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1, -Xss512k]
        load:
          users: 3
          ramp: 2s
          hold: 10s
          interactionsPerSession: 2
          thinkTime: {min: 200ms, max: 500ms}
          apps:
            - app: dash
              widgets:
                - {key: n, kind: slider, values: [10, 42]}
        slos:
        %s""".formatted(PlatformFixture.home().resolve("apps/dash.yaml"), objectives));
    return file;
  }

  private static Document junit(Path runDir) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(runDir.resolve("junit.xml").toFile());
  }

  private static Element failureOf(Document junit, String testCase) {
    var cases = junit.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").equals(testCase) && c.getElementsByTagName("failure").getLength() == 1) {
        return (Element) c.getElementsByTagName("failure").item(0);
      }
    }
    throw new AssertionError("junit.xml has no failed test case " + testCase);
  }
}
