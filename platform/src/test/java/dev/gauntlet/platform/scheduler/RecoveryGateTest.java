package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.platform.common.MetricsEndpoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted scheduler whose adoption probe has not answered yet: its API says "recovering", not "[]". */
class RecoveryGateTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final CompletableFuture<Integer> adoptionProbe = new CompletableFuture<>();
  @TempDir Path dir;
  private Vertx vertx;
  private Context loop;
  private Scheduler scheduler;
  private int port;

  @AfterEach
  void stop() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void everyV1CallAnswers503RecoveringUntilThePodsAreReadopted() throws Exception {
    Fakes.FakeDriver driver = new Fakes.FakeDriver();
    SchedulerHarness before = new SchedulerHarness(dir, List.of(SchedulerHarness.pool("dash", 1, 5)), driver,
        new Fakes.ManualClock());
    before.scheduler.tick();
    String pod = before.scheduler.podList().get(0).id;
    restart(driver);
    onLoop(() -> {
      try {
        new Recovery(scheduler).run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    for (String[] call : List.of(new String[] {"GET", "/v1/pods"}, new String[] {"GET", "/v1/placements"},
        new String[] {"GET", "/v1/apps"}, new String[] {"GET", "/v1/events?since=0"},
        new String[] {"POST", "/v1/placements"}, new String[] {"PUT", "/v1/placements/s/runtime-session"},
        new String[] {"POST", "/v1/placements/s/detach"}, new String[] {"DELETE", "/v1/placements/s"})) {
      HttpResponse<String> r = call(call[0], call[1], "{\"app\":\"dash\",\"sessionId\":\"s\",\"runtimeSessionId\":\"r\"}");
      assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).as(call[1]).hasValue("1");
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("status").asText()).isEqualTo("recovering");
      assertThat(body.path("retryAfterMillis").asLong()).isEqualTo(RecoveryGate.RETRY_AFTER_MILLIS);
      assertThat(body.path("error").asText()).contains("re-adopting");
    }
    assertThat(call("GET", "/readyz", null).statusCode()).isEqualTo(503);
    assertThat(call("GET", "/healthz", null).statusCode()).isEqualTo(200);

    adoptionProbe.complete(200);
    onLoop(() -> {}); // the adoption, then the end of recovery, each a task on the loop
    onLoop(() -> {});

    HttpResponse<String> pods = call("GET", "/v1/pods", null);
    assertThat(pods.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(pods.body()).findValuesAsText("id")).containsExactly(pod);
    assertThat(call("GET", "/readyz", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aFailedRecoveryAnswers503FailedWithNoRetry() throws Exception {
    restart(new Fakes.FakeDriver());
    scheduler.recoveryFailed("cannot read state in /x: java.io.IOException: denied");

    HttpResponse<String> r = call("GET", "/v1/pods", null);

    assertThat(r.statusCode()).isEqualTo(503);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("status").asText()).isEqualTo("failed");
    assertThat(body.has("retryAfterMillis")).isFalse();
    assertThat(body.path("error").asText()).startsWith("cannot read state in /x").endsWith("restart the scheduler");
    assertThat(call("GET", "/readyz", null).body()).startsWith("cannot read state in /x");
  }

  /** A second scheduler over the same state dir, listening, whose adoption probes wait for the test. */
  private void restart(Fakes.FakeDriver driver) throws Exception {
    vertx = Vertx.vertx();
    loop = vertx.getOrCreateContext();
    PrometheusRegistry registry = new PrometheusRegistry();
    SchedulerConfig config = new SchedulerConfig(dir.resolve("c.yaml"),
        new SchedulerConfig.Runtime(Optional.empty(), List.of(), Optional.empty(), false),
        List.of(SchedulerHarness.pool("dash", 1, 5)));
    scheduler = Scheduler.create(config, new StateStore(dir, Runnable::run), driver, endpoint -> adoptionProbe,
        new Fakes.ManualClock(), r -> loop.runOnContext(v -> r.run()), Runnable::run, registry, Duration.ofSeconds(120));
    port = vertx.createHttpServer().requestHandler(new SchedulerApi(scheduler).router(vertx, new MetricsEndpoint(registry)))
        .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
  }

  private void onLoop(Runnable r) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.runOnContext(v -> {
      r.run();
      done.complete(null);
    });
    done.join();
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
