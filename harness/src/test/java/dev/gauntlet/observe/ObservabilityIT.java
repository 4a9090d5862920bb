package dev.gauntlet.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.cli.Gauntlet;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.run.FakeLoadDriver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run against the real platform (the fake load driver holding one session open): the harness's
 * /metrics answers while it runs and promtool finds nothing in it; after it, metrics/ holds a scrape
 * a second of every component, their CPU and memory, and the report draws them.
 */
class ObservabilityIT {

  static final String SCENARIO = "name: tiny\ntarget:\n  gateways: 1\n  apps: [{app: light, warm: 1}]\n"
      + "load: {users: 4, ramp: 1s, hold: 2s, apps: [{app: light, widgets: [{key: n, kind: slider, values: [1, 2]}]}]}\n";
  static final long HOLD_MILLIS = 6_000;

  @TempDir
  Path work;

  @AfterEach
  void cleanUp() {
    System.clearProperty(LoadDriver.PROPERTY);
    System.clearProperty("gauntlet.fake.holdMillis");
  }

  static Path scenario(Path work, String text) throws Exception {
    Files.createDirectories(work.resolve("apps"));
    Files.copy(PlatformFixture.home().resolve("apps/light.yaml"), work.resolve("apps/light.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(work.resolve("scenarios"));
    return Files.writeString(work.resolve("scenarios/tiny.yaml"), text);
  }

  static Optional<Path> runDir(Path reports) throws Exception {
    if (!Files.isDirectory(reports)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(reports)) {
      return dirs.filter(d -> Files.exists(d.resolve("observability.json"))).findFirst();
    }
  }

  @Test
  void harnessMetricsAnswerDuringTheRunAndEveryComponentIsScrapedEachSecond() throws Exception {
    System.setProperty(LoadDriver.PROPERTY, FakeLoadDriver.class.getName());
    System.setProperty("gauntlet.fake.holdMillis", String.valueOf(HOLD_MILLIS));
    Path reports = work.resolve("reports");
    StringWriter err = new StringWriter();
    Path file = scenario(work, SCENARIO);
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Gauntlet.run(new PrintWriter(new StringWriter(),
        true), new PrintWriter(err, true), "run", file.toString(), "--out", reports.toString(), "--seed", "3"));

    Path runDir = await("the run's observability.json").atMost(Duration.ofMinutes(2)).until(() -> runDir(reports),
        Optional::isPresent).orElseThrow();
    URI metrics = URI.create(new ObjectMapper().readTree(runDir.resolve("observability.json").toFile())
        .path("harnessMetrics").asText());
    HttpClient http = HttpClient.newHttpClient();
    // the held session is open: the journal's session_started reached the metrics
    String body = await("the held session and the components' resources in the harness's metrics").atMost(Duration.ofMinutes(2))
        .until(() -> http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body(),
            b -> b.contains("gauntlet_sessions_active{app=\"light\"} 1")
                && b.contains("gauntlet_component_cpu_seconds_total")); // and the scraper's first second
    assertThat(body).contains("gauntlet_run_state{state=\"running\"} 1", "gauntlet_rerun_seconds_bucket",
        "gauntlet_component_resident_memory_bytes{component=\"gateway\",id=\"gateway-1\"}",
        "gauntlet_component_cpu_seconds_total{component=\"scheduler\",id=\"scheduler\"}");

    assertThat(run.get(3, TimeUnit.MINUTES)).as(err.toString()).isZero();
    Path dir = runDir.resolve("metrics");
    long heldSeconds = HOLD_MILLIS / 1_000;
    for (String component : List.of("harness", "gateway-1", "scheduler")) {
      List<Long> at = scrapes(dir.resolve(component + ".prom"));
      assertThat(at).as(component + " scrapes").hasSizeGreaterThanOrEqualTo((int) heldSeconds - 1);
      long medianGap = at.size() < 2 ? 0 : gaps(at).get(gaps(at).size() / 2);
      assertThat(medianGap).as(component + "'s median gap between scrapes, ms").isBetween(800L, 1_300L);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("a runtime pod's scrapes").anyMatch(n -> n.startsWith("light-"));
    }
    assertThat(Files.readString(dir.resolve("gateway-1.prom"))).contains("# TYPE gateway_client_sockets_open gauge");
    List<JsonNode> resources = Files.readAllLines(dir.resolve("resources.jsonl")).stream().map(ObservabilityIT::json).toList();
    for (String id : List.of("harness", "gateway-1", "scheduler")) {
      assertThat(resources).filteredOn(r -> r.path("id").asText().equals(id)).as(id + "'s resources").isNotEmpty()
          .allSatisfy(r -> assertThat(r.path("rssBytes").asLong()).isPositive());
    }
    assertThat(Files.readString(runDir.resolve("index.html"))).contains("id=\"chart-cpu\"", "id=\"chart-memory\"");

    Path promtool = PrometheusTools.requireOrSkip("promtool");
    Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
    check.getOutputStream().write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    check.getOutputStream().close();
    String said = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(check.exitValue()).as(said).isZero();
    assertThat(said).as("promtool check metrics on the harness's /metrics").isBlank();
  }

  static List<Long> scrapes(Path file) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> l.startsWith("# scrape_at ") && !l.endsWith("failed"))
        .map(l -> Long.parseLong(l.split(" ")[2])).toList();
  }

  static List<Long> gaps(List<Long> at) {
    return java.util.stream.IntStream.range(1, at.size()).mapToObj(i -> at.get(i) - at.get(i - 1)).sorted().toList();
  }

  static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
