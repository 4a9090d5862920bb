package dev.gauntlet.platform.scheduler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.platform.common.MetricsEndpoint;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The scheduler's JSON API (docs/platform.md, "JSON API"). Handlers run on the scheduler's loop;
 * {@link RecoveryGate} answers 503 for all of {@code /v1/*} until a (re)start has re-adopted its pods.
 */
final class SchedulerApi {

  private static final ObjectMapper JSON = StateStore.JSON;
  private final Scheduler scheduler;

  SchedulerApi(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  Router router(Vertx vertx, MetricsEndpoint metrics) {
    Router r = Router.router(vertx);
    RecoveryGate gate = new RecoveryGate(scheduler);
    r.route("/v1/*").handler(gate::handle);
    r.route("/v1/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));
    r.post("/v1/placements").handler(this::place);
    r.put("/v1/placements/:id/runtime-session").handler(ctx -> {
      JsonNode body = body(ctx);
      String rsid = body == null ? null : body.path("runtimeSessionId").asText(null);
      if (rsid == null) {
        error(ctx, 400, "body needs {\"runtimeSessionId\": \"...\"}");
        return;
      }
      run(ctx, () -> scheduler.runtimeSession(ctx.pathParam("id"), rsid));
    });
    r.post("/v1/placements/:id/detach").handler(ctx -> run(ctx, () -> scheduler.detach(ctx.pathParam("id"))));
    r.delete("/v1/placements/:id").handler(ctx -> run(ctx, () -> scheduler.delete(ctx.pathParam("id"))));
    r.get("/v1/placements").handler(ctx -> json(ctx, 200, scheduler.wiring().placements().live().all().stream()
        .map(SchedulerApi::placementView).toList()));
    r.get("/v1/pods").handler(ctx -> json(ctx, 200, scheduler.podList().stream().map(this::podView).toList()));
    r.get("/v1/apps").handler(ctx -> json(ctx, 200, scheduler.wiring().pools().values().stream().map(p -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("app", p.config.app());
      m.put("warm", p.config.warm());
      m.put("maxSessionsPerPod", p.config.maxSessionsPerPod());
      m.put("pods", p.pods.size());
      m.put("readyPods", p.count(Pod.State.READY));
      return m;
    }).toList()));
    r.get("/v1/events").handler(ctx -> {
      String since = ctx.queryParams().get("since");
      try {
        json(ctx, 200, scheduler.events(since == null ? 0 : Long.parseLong(since)));
      } catch (NumberFormatException e) {
        error(ctx, 400, "since '" + since + "' is not epoch milliseconds");
      }
    });
    r.get("/healthz").handler(ctx -> ctx.response().end("ok"));
    r.get("/readyz").handler(ctx -> ctx.response().setStatusCode(scheduler.recovered() ? 200 : 503)
        .end(gate.readiness()));
    r.get("/metrics").handler(metrics::handle);
    return r;
  }

  private void place(RoutingContext ctx) {
    JsonNode body = body(ctx);
    String app = body == null ? null : body.path("app").asText(null);
    String sessionId = body == null ? null : body.path("sessionId").asText(null);
    if (app == null || sessionId == null || sessionId.isEmpty()) {
      error(ctx, 400, "body needs {\"app\": \"...\", \"sessionId\": \"...\", \"failedPodId\"?: \"...\"}");
      return;
    }
    scheduler.place(app, sessionId, body.path("failedPodId").asText(null), body.path("viewer").asText(null))
        .whenComplete((p, e) -> {
      if (e == null) {
        Map<String, Object> m = placementView(p);
        m.remove("placedAt");
        m.remove("detached");
        json(ctx, 200, m);
      } else {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        error(ctx, cause instanceof PlacementException pe ? pe.status() : 500, cause.getMessage());
      }
    });
  }

  static Map<String, Object> placementView(Placement p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sessionId", p.sessionId());
    m.put("app", p.app());
    m.put("podId", p.podId());
    m.put("endpoint", p.endpoint());
    m.put("cold", p.cold());
    m.put("waitMillis", p.waitMillis());
    m.put("runtimeSessionId", p.runtimeSessionId());
    m.put("placedAt", p.placedAt());
    m.put("detached", p.detached());
    return m;
  }

  private Map<String, Object> podView(Pod pod) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", pod.id);
    m.put("app", pod.app);
    m.put("state", pod.stateName());
    m.put("pid", pod.pid());
    m.put("containerId", pod.containerId());
    m.put("endpoint", pod.endpoint);
    m.put("sessions", scheduler.wiring().placements().live().attachedOn(pod.id));
    m.put("createdAt", pod.createdAt);
    m.put("readyAt", pod.readyAt);
    return m;
  }

  private static JsonNode body(RoutingContext ctx) {
    try {
      return ctx.body().length() == 0 ? null : JSON.readTree(ctx.body().asString());
    } catch (Exception e) {
      return null;
    }
  }

  private static void run(RoutingContext ctx, Runnable action) {
    try {
      action.run();
      ctx.response().setStatusCode(204).end();
    } catch (PlacementException e) {
      error(ctx, e.status(), e.getMessage());
    }
  }

  static void json(RoutingContext ctx, int status, Object value) {
    try {
      ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
          .end(JSON.writeValueAsString(value));
    } catch (Exception e) {
      ctx.fail(e);
    }
  }

  static void error(RoutingContext ctx, int status, String message) {
    json(ctx, status, Map.of("error", message == null ? "internal error" : message));
  }
}
