package dev.gauntlet.platform.runtime;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/** The plain HTTP answers: health, readiness, host-config, the page and the session counts. */
final class Pages {

  private final String appName;
  private final BooleanSupplier ready;
  private final OriginPolicy origins;
  private final SessionRegistry registry;

  Pages(String appName, BooleanSupplier ready, OriginPolicy origins, SessionRegistry registry) {
    this.appName = appName;
    this.ready = ready;
    this.origins = origins;
    this.registry = registry;
  }

  void health(RoutingContext ctx) {
    boolean ok = ready.getAsBoolean();
    ctx.response().setStatusCode(ok ? 200 : 503)
        .putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .end(ok ? "ok" : "not ready");
  }

  void alive(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end("ok");
  }

  void hostConfig(RoutingContext ctx) {
    JsonObject body = new JsonObject()
        .put("allowedOrigins", new JsonArray(origins.allowed()))
        .put("useExternalAuthToken", false)
        .put("enableCustomParentMessages", false);
    ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
  }

  void index(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .end("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + appName
            + "</title></head>\n<body><noscript>You need to enable JavaScript to run this app."
            + "</noscript><div id=\"root\"></div></body></html>\n");
  }

  void sessions(RoutingContext ctx) {
    JsonObject body = new JsonObject()
        .put("attached", registry.attachedCount())
        .put("detached", registry.detachedCount());
    ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
  }
}
