package dev.gauntlet.platform.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of the scheduler's API for the gateway, in the test JVM: placements go to the pod
 * the test points at, known sessions (by session or runtime id) come back unless on failedPodId.
 * Records every call.
 */
final class StubScheduler implements AutoCloseable {

  record Pod(String id, String endpoint) {}

  final List<JsonObject> placementRequests = new CopyOnWriteArrayList<>();
  final Map<String, String> runtimeSessions = new ConcurrentHashMap<>();
  final List<String> detached = new CopyOnWriteArrayList<>();
  private final Map<String, JsonObject> placements = new ConcurrentHashMap<>();
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  volatile Pod target;
  volatile int failStatus; // 0: answer; else every placement answers this status

  StubScheduler() throws Exception {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/v1/placements").handler(ctx -> {
      JsonObject ask = ctx.body().asJsonObject();
      placementRequests.add(ask);
      if (failStatus != 0) {
        ctx.response().setStatusCode(failStatus).end(new JsonObject().put("error", "stub says " + failStatus).encode());
        return;
      }
      if (!"dash".equals(ask.getString("app"))) {
        ctx.response().setStatusCode(404).end(new JsonObject().put("error", "no pool for app").encode());
        return;
      }
      ctx.json(place(ask));
    });
    router.put("/v1/placements/:id/runtime-session").handler(ctx -> {
      String id = ctx.pathParam("id");
      String runtimeId = ctx.body().asJsonObject().getString("runtimeSessionId");
      runtimeSessions.put(id, runtimeId);
      JsonObject placement = placements.get(id);
      if (placement != null) {
        placement.put("runtimeSessionId", runtimeId);
      }
      ctx.response().setStatusCode(204).end();
    });
    router.post("/v1/placements/:id/detach").handler(ctx -> {
      detached.add(ctx.pathParam("id"));
      ctx.response().setStatusCode(204).end();
    });
    router.get("/v1/apps").handler(ctx -> ctx.json(new JsonArray().add(new JsonObject()
        .put("app", "dash").put("warm", 1).put("maxSessionsPerPod", 50).put("pods", 2).put("readyPods", 2))));
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private synchronized JsonObject place(JsonObject ask) {
    String id = ask.getString("sessionId");
    String failed = ask.getString("failedPodId");
    for (JsonObject p : placements.values()) {
      boolean same = id.equals(p.getString("sessionId")) || id.equals(p.getString("runtimeSessionId"));
      if (same && !p.getString("podId").equals(failed)) {
        return p.copy().put("cold", false);
      }
      if (same) {
        id = p.getString("sessionId");
      }
    }
    Pod pod = target;
    JsonObject placement = new JsonObject().put("sessionId", id).put("app", "dash")
        .put("podId", pod.id()).put("endpoint", pod.endpoint()).put("cold", false).put("waitMillis", 0)
        .putNull("runtimeSessionId");
    placements.put(id, placement);
    return placement.copy();
  }

  /** One placement and one app listing from this JVM, so the stub's first real answer is not cold. */
  void warmUp() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var ask = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "/v1/placements"))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"app\":\"warm\",\"sessionId\":\"warm\"}")).build();
    http.send(ask, java.net.http.HttpResponse.BodyHandlers.discarding());
    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "/v1/apps")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    placementRequests.clear();
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
