package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that does not work, driven by {@code gauntlet run} with Gatling as an external target:
 * the preflight names a 404 or a refused port at once; sessions that all fail their handshake stop
 * the load within seconds; failures that differ run to the end with failing users backing off, and
 * the run, with nothing that succeeded, still exits 2. Everything measured is written each time.
 */
class FailFastIT {

  @TempDir
  Path work;

  @Test
  void aTargetAnswering404EverywhereExits2WithinSecondsNamingUrlAndStatus() throws Exception {
    try (StubTarget target = StubTarget.answering((path, n) -> 404)) {
      GatlingRun.Result run = run(target.url(), 60, Duration.ofSeconds(15));

      assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
      String refusal = "target failing: GET " + target.url() + "/ answered 404 (checked before the load started)";
      assertThat(run.output()).contains(refusal);
      assertThat(summary(run).path("statusReason").asText()).isEqualTo(refusal);
      assertThat(journal(run)).noneMatch(e -> e.path("type").asText().equals("session_started"));
    }
  }

  @Test
  void aRefusedPortExits2NamingUrlAndRefusal() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }

    GatlingRun.Result run = run("http://127.0.0.1:" + port, 60, Duration.ofSeconds(15));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("target failing: GET http://127.0.0.1:" + port + "/ got no answer (connection refused)");
    assertThat(summary(run).path("status").asText()).isEqualTo("error");
  }

  @Test
  void sessionsThatAllFailTheirHandshakeStopTheLoadWithinSeconds() throws Exception {
    try (StubTarget target = StubTarget.answering((path, n) -> path.endsWith("/_stcore/stream") ? 404 : 200)) {
      GatlingRun.Result run = run(target.url(), 60, Duration.ofSeconds(30)); // a 60 s load, stopped early

      assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
      String reason = "target failing: WebSocket handshake at ws://127.0.0.1:" + target.url().replaceFirst(".*:", "")
          + "/_stcore/stream failed: answered 404 instead of 101 Switching Protocols (the first ";
      assertThat(run.output()).contains("gauntlet: stopping the load: " + reason);
      JsonNode summary = summary(run);
      assertThat(summary.path("status").asText()).isEqualTo("error");
      assertThat(summary.path("statusReason").asText()).startsWith(reason).endsWith(" sessions all failed the same way)");
      List<JsonNode> journal = journal(run);
      assertThat(journal.get(journal.size() - 1).path("reason").asText()).isEqualTo(summary.path("statusReason").asText());
      assertThat(journal).filteredOn(e -> e.path("type").asText().equals("session_started")).hasSizeLessThan(60);
      assertThat(Files.readString(run.lastLine().resolve("junit.xml"))).contains("type=\"run.error\"");
      assertThat(run.lastLine().resolve("index.html")).exists();
      assertNoGatlingOutputOnTheTerminal(run);
    }
  }

  @Test
  void failuresThatDifferRunToTheEndWithUsersBackingOffAndStillExit2() throws Exception {
    // health answers the preflight, then 503 and 404 by turns: no single failure to stop on
    try (StubTarget target = StubTarget.answering((path, n) -> !path.endsWith("/_stcore/health") || n == 1 ? 200
        : n % 2 == 0 ? 503 : 404)) {
      GatlingRun.Result run = run(target.url(), 4, Duration.ofSeconds(30));

      assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
      assertThat(summary(run).path("statusReason").asText())
          .startsWith("no interaction succeeded: all ")
          // the two users' first sessions draw 503 and 404: whichever was journaled first is named
          .containsPattern(" failed, the first with: GET " + java.util.regex.Pattern.quote(target.url())
              + "/_stcore/health answered (503|404)");
      // 2 users for 4 s without a pause would make hundreds of sessions; backing off from 100 ms, a dozen or so
      assertThat(journal(run)).filteredOn(e -> e.path("type").asText().equals("session_started"))
          .hasSizeBetween(3, 40);
    }
  }

  /** The progress line alone during the load: Gatling's console summary is in run.log only. */
  private static void assertNoGatlingOutputOnTheTerminal(GatlingRun.Result run) throws Exception {
    assertThat(run.output()).doesNotContain("---- Requests", "Global Information", "=========");
    assertThat(Files.readString(run.lastLine().resolve("run.log"))).contains("---- Requests");
  }

  /** {@code run} with 2 users for {@code holdSeconds} against the url, finished within {@code bound}. */
  private GatlingRun.Result run(String url, int holdSeconds, Duration bound) throws Exception {
    Path scenario = work.resolve("scenarios/broken.yaml");
    Files.createDirectories(scenario.getParent());
    Files.writeString(scenario, """
        name: broken
        target: {kind: external, url: 'http://127.0.0.1:8501'}
        load: {users: 2, ramp: 0s, hold: %ds, interactionsPerSession: 1, apps: [{app: ''}]}
        """.formatted(holdSeconds));
    return GatlingRun.cli(work, bound, "run", scenario.toString(), "--target", "external", "--url", url,
        "--out", work.resolve("reports").toString());
  }

  private static JsonNode summary(GatlingRun.Result run) throws Exception {
    return new ObjectMapper().readTree(run.lastLine().resolve("summary.json").toFile());
  }

  private static List<JsonNode> journal(GatlingRun.Result run) throws Exception {
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(run.lastLine().resolve("journal.jsonl")).stream().map(line -> {
      try {
        return json.readTree(line);
      } catch (java.io.IOException e) {
        throw new AssertionError(line, e);
      }
    }).toList();
  }
}
