package dev.gauntlet.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's API on loopback: the start barrier, the stop, uploads at an offset, the clock. */
class CoordinatorTest {

  @TempDir
  Path runDir;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theStartIsNamedOnceEveryWorkerIsReadyAndAStopReachesThemAll() throws Exception {
    AtomicReference<String> abort = new AtomicReference<>();
    try (Coordinator c = Coordinator.start("127.0.0.1", 2, runDir, () -> Optional.ofNullable(abort.get()))) {
      assertThat(send(c, "POST", "/v1/workers/1/ready", "").statusCode()).isEqualTo(204);
      assertThat(get(c, "/v1/state")).contains("\"startAt\":0").contains("\"abort\":null");

      long before = System.currentTimeMillis();
      send(c, "POST", "/v1/workers/2/ready", "");

      assertThat(c.startAtMillis()).isBetween(before + Coordinator.START_LEAD_MILLIS - 5,
          System.currentTimeMillis() + Coordinator.START_LEAD_MILLIS);
      assertThat(get(c, "/v1/state")).contains("\"startAt\":" + c.startAtMillis());
      abort.set("objective \"ttfr\" can no longer be met");
      assertThat(get(c, "/v1/state")).contains("\"abort\":\"objective \\\"ttfr\\\" can no longer be met\"");
      assertThat(send(c, "POST", "/v1/workers/3/ready", "").statusCode()).as("only workers 1 and 2").isEqualTo(404);
      send(c, "POST", "/v1/workers/2/ended?status=7", "");
      assertThat(c.reportedEnd(2)).contains(7);
    }
  }

  @Test
  void aJournalPieceIsAppendedAtItsOffsetOnceAndPathsStayInTheWorkersDir() throws Exception {
    try (Coordinator c = Coordinator.start("127.0.0.1", 1, runDir, Optional::empty)) {
      assertThat(send(c, "PUT", "/v1/workers/1/files/journal.jsonl?offset=0", "{\"a\":1}\n").statusCode()).isEqualTo(204);
      HttpResponse<String> again = send(c, "PUT", "/v1/workers/1/files/journal.jsonl?offset=0", "{\"a\":1}\n");
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).isEqualTo("8");
      send(c, "PUT", "/v1/workers/1/files/journal.jsonl?offset=8", "{\"b\":2}\n");
      send(c, "PUT", "/v1/workers/1/files/histograms/rerun_ms.hlog", "log");
      assertThat(send(c, "PUT", "/v1/workers/1/files/..%2F..%2Fescape", "x").statusCode()).isIn(400, 404);

      assertThat(Files.readString(runDir.resolve("workers/1/journal.jsonl"))).isEqualTo("{\"a\":1}\n{\"b\":2}\n");
      assertThat(Files.readString(runDir.resolve("workers/1/histograms/rerun_ms.hlog"))).isEqualTo("log");
      assertThat(runDir.resolve("escape")).doesNotExist();
      assertThat(runDir.getParent().resolve("escape")).doesNotExist();
    }
  }

  @Test
  void theClockOffsetIsTheRemoteReadingAgainstTheMiddleOfTheShortestRoundTrip() throws Exception {
    long skewMicros = 250_000; // the coordinator is 250 ms ahead
    ClockOffset offset = ClockOffset.measure(() -> {
      java.time.Instant now = java.time.Instant.now();
      return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + skewMicros;
    }, 7);

    assertThat(offset.millis()).isBetween(250.0 - offset.roundTripMillis() - 1, 250.0 + offset.roundTripMillis() + 1);
    try (Coordinator c = Coordinator.start("127.0.0.1", 1, runDir, Optional::empty)) {
      CoordinatorLink link = new CoordinatorLink(c.uri(), 1);
      ClockOffset same = link.start();
      link.close();
      assertThat(Math.abs(same.millis())).as("one machine, one clock").isLessThanOrEqualTo(same.roundTripMillis() + 1);
    }
  }

  private String get(Coordinator c, String path) throws Exception {
    return send(c, "GET", path, "").body();
  }

  private HttpResponse<String> send(Coordinator c, String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(c.uri() + path))
        .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
