package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The scheduler's JSON API as the gateway uses it. Placements retry with {@link Backoff#SCHEDULER}
 * while the scheduler is unreachable or answers 5xx; reports retry in the background.
 */
final class SchedulerClient {

  static final int SCHEDULER_CONNECTIONS = 32;

  /** A report nobody could deliver for this long is given up (the scheduler expires it anyway). */
  private static final Duration REPORT_GIVE_UP = Duration.ofMinutes(2);
  private static final long CONNECT_TIMEOUT_MILLIS = 1_000;

  private record Reply(int status, Buffer body) {
    String error() {
      try {
        return body.toJsonObject().getString("error", body.toString());
      } catch (RuntimeException e) {
        return body.toString();
      }
    }
  }

  private final Vertx vertx;
  private final HttpClient http;
  private final URI base;
  private final GatewayMetrics metrics;

  SchedulerClient(Vertx vertx, URI base, GatewayMetrics metrics) {
    this.vertx = vertx;
    this.base = base;
    this.metrics = metrics;
    // a ramp of new sessions is a placement and a report each: Vert.x's default of 5 connections queues them
    this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new io.vertx.core.http.PoolOptions().setHttp1MaxSize(SCHEDULER_CONNECTIONS));
  }

  /** Asks for a placement until {@code deadlineNanos} (System.nanoTime); fails with PlacementException. */
  Future<Placement> place(String app, String sessionId, Optional<String> failedPodId, long deadlineNanos,
      Optional<String> viewer) {
    JsonObject body = new JsonObject().put("app", app).put("sessionId", sessionId);
    failedPodId.ifPresent(pod -> body.put("failedPodId", pod));
    viewer.ifPresent(v -> body.put("viewer", v));
    Promise<Placement> promise = Promise.promise();
    attemptPlacement(body, deadlineNanos, 0, promise);
    return promise.future();
  }

  private void attemptPlacement(JsonObject body, long deadlineNanos, int retry, Promise<Placement> promise) {
    long remainingMillis = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
    send(HttpMethod.POST, "/v1/placements", body, remainingMillis).onComplete(ar -> {
      String cause;
      if (ar.succeeded() && ar.result().status() == 200) {
        try {
          promise.complete(Placement.fromJson(ar.result().body().toJsonObject()));
        } catch (RuntimeException e) {
          promise.fail(new PlacementException(PlacementException.Kind.REFUSED,
              "scheduler answered a bad placement: " + e.getMessage()));
        }
        return;
      } else if (ar.succeeded() && ar.result().status() == 404) {
        promise.fail(new PlacementException(PlacementException.Kind.UNKNOWN_APP, "unknown app '" + body.getString("app")
            + "': the scheduler has no pool for it (" + ar.result().error() + ")"));
        return;
      } else if (ar.succeeded() && ar.result().status() == 403) {
        promise.fail(new PlacementException(PlacementException.Kind.FORBIDDEN, ar.result().error()));
        return;
      } else if (ar.succeeded() && ar.result().status() < 500) {
        promise.fail(new PlacementException(PlacementException.Kind.REFUSED, "scheduler refused the placement: HTTP "
            + ar.result().status() + ": " + ar.result().error()));
        return;
      } else if (ar.succeeded()) {
        cause = "HTTP " + ar.result().status() + ": " + ar.result().error();
      } else {
        cause = String.valueOf(ar.cause().getMessage());
      }
      metrics.schedulerError("placement");
      long delayMillis = Backoff.SCHEDULER.delayBefore(retry).toMillis();
      if (System.nanoTime() + delayMillis * 1_000_000 >= deadlineNanos) {
        promise.fail(new PlacementException(PlacementException.Kind.UNAVAILABLE, cause));
        return;
      }
      vertx.setTimer(delayMillis, id -> attemptPlacement(body, deadlineNanos, retry + 1, promise));
    });
  }

  /** Sends a report (runtime-session, detach), retrying in the background; never fails. */
  Future<Void> report(HttpMethod method, String path, JsonObject body) {
    Promise<Void> done = Promise.promise();
    attemptReport(method, path, body, System.nanoTime() + REPORT_GIVE_UP.toNanos(), 0, done);
    return done.future();
  }

  private void attemptReport(HttpMethod method, String path, JsonObject body, long giveUpNanos,
      int retry, Promise<Void> done) {
    send(method, path, body, 5_000).onComplete(ar -> {
      if (ar.succeeded() && ar.result().status() < 500) {
        if (ar.result().status() >= 300) {
          ServiceProcess.log("gateway", method + " " + path + " -> HTTP " + ar.result().status()
              + ": " + ar.result().error() + " (not retried)");
        }
        done.complete();
        return;
      }
      metrics.schedulerError("report");
      long delayMillis = Backoff.SCHEDULER.delayBefore(retry).toMillis();
      if (System.nanoTime() + delayMillis * 1_000_000 >= giveUpNanos) {
        ServiceProcess.log("gateway", method + " " + path + " given up after " + REPORT_GIVE_UP);
        done.complete();
        return;
      }
      vertx.setTimer(delayMillis, id -> attemptReport(method, path, body, giveUpNanos, retry + 1, done));
    });
  }

  /** The names of the apps the scheduler has pools for ({@code GET /v1/apps}). */
  Future<Set<String>> apps() {
    return send(HttpMethod.GET, "/v1/apps", null, 2_000).compose(reply -> {
      if (reply.status() != 200) {
        metrics.schedulerError("apps");
        return Future.failedFuture("GET /v1/apps -> HTTP " + reply.status() + ": " + reply.error());
      }
      Set<String> names = new HashSet<>();
      JsonArray apps = reply.body().toJsonArray();
      for (int i = 0; i < apps.size(); i++) {
        names.add(apps.getJsonObject(i).getString("app"));
      }
      return Future.succeededFuture(names);
    }, e -> {
      metrics.schedulerError("apps");
      return Future.failedFuture(e);
    });
  }

  private Future<Reply> send(HttpMethod method, String path, JsonObject body, long timeoutMillis) {
    RequestOptions options = new RequestOptions()
        .setMethod(method)
        .setHost(base.getHost())
        .setPort(base.getPort())
        .setURI(base.getPath() + path)
        .setConnectTimeout(Math.min(CONNECT_TIMEOUT_MILLIS, timeoutMillis))
        .setIdleTimeout(timeoutMillis)
        .putHeader("Content-Type", "application/json");
    return http.request(options)
        .compose(req -> body == null ? req.send() : req.send(body.toBuffer()))
        .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), b)));
  }
}
