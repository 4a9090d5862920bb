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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API's shapes and status codes, in process over a fake pod driver. */
class SchedulerApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dir;
  private Vertx vertx;
  private Context loop;
  private Scheduler scheduler;
  private int port;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    loop = vertx.getOrCreateContext();
    PrometheusRegistry registry = new PrometheusRegistry();
    SchedulerConfig config = new SchedulerConfig(dir.resolve("c.yaml"),
        new SchedulerConfig.Runtime(Optional.empty(), List.of(), Optional.empty(), false), List.of(SchedulerHarness.pool("dash", 1, 5)));
    scheduler = Scheduler.create(config, new StateStore(dir, Runnable::run), new Fakes.FakeDriver(), new Fakes.FakeProbe(),
        new Fakes.ManualClock(), r -> loop.runOnContext(v -> r.run()), Runnable::run, registry, Duration.ofSeconds(120));
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    loop.runOnContext(v -> {
      try {
        new Recovery(scheduler).run();
      } catch (Exception e) {
        listening.completeExceptionally(e);
      }
      vertx.createHttpServer().requestHandler(new SchedulerApi(scheduler).router(vertx, new MetricsEndpoint(registry)))
          .listen(0, "127.0.0.1").onSuccess(s -> listening.complete(s.actualPort())).onFailure(listening::completeExceptionally);
    });
    port = listening.get();
    onLoop(scheduler::tick);
    onLoop(scheduler::tick);
  }

  @AfterEach
  void stop() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
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

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void placementLifecycleOverHttp() throws Exception {
    HttpResponse<String> placed = call("POST", "/v1/placements", "{\"app\":\"dash\",\"sessionId\":\"s1\"}");
    assertThat(placed.statusCode()).isEqualTo(200);
    JsonNode p = JSON.readTree(placed.body());
    assertThat(fields(p)).containsExactly("sessionId", "app", "podId", "endpoint", "cold", "waitMillis", "runtimeSessionId");
    assertThat(p.path("endpoint").asText()).startsWith("http://127.0.0.1:");
    assertThat(call("PUT", "/v1/placements/s1/runtime-session", "{\"runtimeSessionId\":\"rt\"}").statusCode()).isEqualTo(204);
    JsonNode again = JSON.readTree(call("POST", "/v1/placements", "{\"app\":\"dash\",\"sessionId\":\"rt\"}").body());
    assertThat(again.path("sessionId").asText()).isEqualTo("s1");
    assertThat(call("POST", "/v1/placements/s1/detach", null).statusCode()).isEqualTo(204);
    JsonNode list = JSON.readTree(call("GET", "/v1/placements", null).body());
    assertThat(fields(list.get(0))).containsExactly("sessionId", "app", "podId", "endpoint", "cold", "waitMillis",
        "runtimeSessionId", "placedAt", "detached");
    assertThat(list.get(0).path("detached").asBoolean()).isTrue();
    assertThat(call("DELETE", "/v1/placements/s1", null).statusCode()).isEqualTo(204);
    HttpResponse<String> gone = call("DELETE", "/v1/placements/s1", null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(gone.body()).path("error").asText()).contains("s1");
  }

  @Test
  void podsAppsEventsAndErrors() throws Exception {
    JsonNode pods = JSON.readTree(call("GET", "/v1/pods", null).body());
    assertThat(fields(pods.get(0))).containsExactly("id", "app", "state", "pid", "containerId", "endpoint", "sessions", "createdAt", "readyAt");
    assertThat(pods.get(0).path("state").asText()).isEqualTo("ready");
    JsonNode apps = JSON.readTree(call("GET", "/v1/apps", null).body());
    assertThat(apps.get(0).toString()).isEqualTo("{\"app\":\"dash\",\"warm\":1,\"maxSessionsPerPod\":5,\"pods\":1,\"readyPods\":1}");
    JsonNode events = JSON.readTree(call("GET", "/v1/events?since=0", null).body());
    assertThat(events.findValuesAsText("type")).containsExactly("created", "ready");
    assertThat(fields(events.get(0))).containsExactly("seq", "at", "type", "pod", "app", "detail");
    long readyAt = events.get(1).path("at").asLong();
    assertThat(JSON.readTree(call("GET", "/v1/events?since=" + (readyAt + 1), null).body())).isEmpty();
    assertThat(call("GET", "/v1/events?since=soon", null).statusCode()).isEqualTo(400);
    assertThat(call("POST", "/v1/placements", "{\"app\":\"nope\",\"sessionId\":\"x\"}").statusCode()).isEqualTo(404);
    assertThat(call("POST", "/v1/placements", "not json").statusCode()).isEqualTo(400);
    assertThat(call("GET", "/readyz", null).statusCode()).isEqualTo(200);
    call("POST", "/v1/placements", "{\"app\":\"dash\",\"sessionId\":\"m\"}");
    assertThat(call("GET", "/metrics", null).body()).contains(
        "scheduler_placements_total{app=\"dash\",kind=\"warm\"} 1.0",
        "scheduler_pods{app=\"dash\",state=\"ready\"}", "scheduler_events_total{type=\"ready\"}",
        "scheduler_placement_wait_seconds_count{app=\"dash\",kind=\"warm\"} 1");
  }
}
