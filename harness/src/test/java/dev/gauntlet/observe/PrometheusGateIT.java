package dev.gauntlet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.cli.Gauntlet;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.run.FakeLoadDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'gate' with observability: {prometheus: local}: a real Prometheus started for the run judges a
 * PromQL objective on the rerun histogram; its value agrees with the journal's rerun p99 within a
 * bucket; the gate passes, and fails once the threshold cannot be met. Nothing of it outlives the run.
 */
class PrometheusGateIT {

  static final String QUERY = "histogram_quantile(0.99, sum by (le) (rate(gauntlet_rerun_seconds_bucket[5m])))";

  @TempDir
  Path work;

  @AfterEach
  void cleanUp() {
    System.clearProperty(LoadDriver.PROPERTY);
  }

  String scenario(String threshold) {
    // the fake driver's reruns take 2.25 ms x the user's number: 2.25 .. 90 ms for 40 users
    return "name: tiny-prometheus\ntarget:\n  gateways: 1\n  apps: [{app: light, warm: 1}]\n"
        + "load: {users: 40, ramp: 1s, hold: 2s, apps: [{app: light, widgets: [{key: n, kind: slider, values: [1]}]}]}\n"
        + "observability: {prometheus: local}\n"
        + "slos:\n  objectives:\n    - {name: rerun p99 (PromQL), promql: '" + QUERY + " < " + threshold + "'}\n"
        // the platform is scraped too: the scheduler's and the gateway's own metrics
        + "    - {name: platform scraped, promql: 'count(scheduler_pods) + count(gateway_client_sockets_open) >= 2'}\n";
  }

  @Test
  void aPromqlObjectiveOnTheRerunHistogramAgreesWithTheJournalAndDecidesTheGate() throws Exception {
    PrometheusTools.requireOrSkip("prometheus");
    System.setProperty(LoadDriver.PROPERTY, FakeLoadDriver.class.getName());

    Path met = gate(scenario("0.5"), 0);
    JsonNode summary = new ObjectMapper().readTree(met.resolve("summary.json").toFile());
    JsonNode verdict = verdict(summary);
    assertThat(verdict.path("met").asBoolean()).isTrue();
    double promqlSeconds = verdict.path("measured").asDouble();
    double journalSeconds = summary.path("sli").path("rerun_ms").path("p99").asDouble() / 1_000;
    double[] bucket = bucketOf(journalSeconds);
    assertThat(promqlSeconds).as("PromQL's p99 against the journal's %s s, bucket %s", journalSeconds,
        List.of(bucket[0], bucket[1])).isBetween(bucket[0], bucket[1]);
    assertThat(Files.readString(met.resolve("junit.xml"))).contains("rerun p99 (PromQL)");
    assertThat(summary.path("slos").findValues("name").toString()).contains("platform scraped");
    assertThat(summary.path("slos")).allSatisfy(v -> assertThat(v.path("met").asBoolean()).as(v.toString()).isTrue());
    assertThat(met.resolve("prometheus/data")).isDirectory();
    assertThat(new ObjectMapper().readTree(met.resolve("observability.json").toFile()).path("prometheus").asText())
        .startsWith("http://127.0.0.1:");
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().orElse("").endsWith("prometheus")).toList())
        .as("prometheus still running after the gate returned").isEmpty();

    Path missed = gate(scenario("0.000001"), 1);
    assertThat(verdict(new ObjectMapper().readTree(missed.resolve("summary.json").toFile())).path("met").asBoolean())
        .isFalse();
  }

  @Test
  void aPromqlObjectiveWithAbortOnFailIsJudgedDuringTheLoadAndAbortsTheRun() throws Exception {
    PrometheusTools.requireOrSkip("prometheus");
    System.setProperty(LoadDriver.PROPERTY, FakeLoadDriver.class.getName());
    System.setProperty("gauntlet.fake.holdMillis", "15000"); // the load lasts past the first checks
    try {
      Path aborted = gate(scenario("0.000001").replace("'}\n", "', abortOnFail: true}\n"), 1);
      JsonNode summary = new ObjectMapper().readTree(aborted.resolve("summary.json").toFile());
      assertThat(summary.path("status").asText()).isEqualTo("aborted");
      assertThat(Files.readString(aborted.resolve("run.log")))
          .contains("aborting the run: PromQL objective 'rerun p99 (PromQL)' missed during the load");
    } finally {
      System.clearProperty("gauntlet.fake.holdMillis");
    }
  }

  private Path gate(String text, int expectedExit) throws Exception {
    Path file = ObservabilityIT.scenario(work, text);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), "gate", file.toString(), "--out",
        work.resolve("reports").toString(), "--seed", "11");
    List<String> lines = out.toString().strip().lines().toList();
    Path runDir = Path.of(lines.get(lines.size() - 1));
    assertThat(exit).as(out + "\n" + err + "\nrun.log:\n" + Files.readString(runDir.resolve("run.log"))
        + "\nprometheus.log:\n" + Files.readString(runDir.resolve("prometheus/prometheus.log"))).isEqualTo(expectedExit);
    return runDir;
  }

  private static JsonNode verdict(JsonNode summary) {
    for (JsonNode v : summary.path("slos")) {
      if (v.path("name").asText().equals("rerun p99 (PromQL)")) {
        return v;
      }
    }
    throw new AssertionError("no PromQL verdict in " + summary.path("slos"));
  }

  /** The classic bucket (lower, upper] of the harness's histograms that holds {@code seconds}. */
  static double[] bucketOf(double seconds) {
    double lower = 0;
    for (double upper : HarnessMetrics.BUCKETS) {
      if (seconds <= upper) {
        return new double[] {lower, upper};
      }
      lower = upper;
    }
    return new double[] {lower, Double.POSITIVE_INFINITY};
  }
}
