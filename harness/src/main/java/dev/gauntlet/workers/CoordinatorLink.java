package dev.gauntlet.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.StartGate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A worker's side of the coordinator's API: measures the clock offset, says ready when the simulation
 * reaches the start gate, opens the gate at the shared instant (on this clock), and passes on a stop
 * as an {@link Abort}. Mutable: started once, closed once.
 */
final class CoordinatorLink implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI coordinator;
  private final int worker;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-coordinator-link");
    t.setDaemon(true);
    return t;
  });
  private ClockOffset offset = ClockOffset.NONE;
  private volatile boolean started;

  CoordinatorLink(URI coordinator, int worker) {
    this.coordinator = coordinator;
    this.worker = worker;
  }

  /** Measures the offset, closes the start gate, and polls the coordinator's state from now on. */
  ClockOffset start() throws IOException, InterruptedException {
    offset = ClockOffset.measure(this::coordinatorMicros, 7);
    StartGate.install(() -> send("ready"));
    poll.schedule(this::lookAgain, 0, TimeUnit.MILLISECONDS);
    return offset;
  }

  /** Tells the coordinator how this worker ended. */
  void ended(int status) {
    send("ended?status=" + status);
  }

  /** Every 100 ms until the start (the barrier is quick), then every 500 ms (a stop's latency; each look costs a request). */
  private void lookAgain() {
    look();
    try {
      poll.schedule(this::lookAgain, started ? 500 : 100, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // the worker is done: no more looks
    }
  }

  private void look() {
    try {
      JsonNode state = JSON.readTree(get("/v1/state"));
      if (!state.path("abort").isNull() && !state.path("abort").isMissingNode()) {
        Abort.request(state.path("abort").asText());
        StartGate.cancel(state.path("abort").asText());
      }
      long startAt = state.path("startAt").asLong(0);
      if (startAt > 0 && !started) {
        started = true;
        StartGate.open(Math.round(startAt - offset.millis()));
      }
    } catch (IOException e) {
      // the coordinator is busy or going away: the next look tells
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long coordinatorMicros() throws IOException, InterruptedException {
    return Long.parseLong(get("/v1/clock").strip());
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(coordinator.resolve(path)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + r.statusCode());
    }
    return r.body();
  }

  private void send(String what) {
    try {
      http.send(HttpRequest.newBuilder(coordinator.resolve("/v1/workers/" + worker + "/" + what)).timeout(TIMEOUT)
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      // said again by nobody: the coordinator sees the worker end, or its start barrier waits and is stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  HttpClient http() {
    return http;
  }

  @Override
  public void close() {
    poll.shutdownNow();
    StartGate.remove();
  }
}
