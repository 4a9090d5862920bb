package dev.gauntlet.platform.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The HTTP a browser fetches before it opens the session socket (docs/protocol.md, "HTTP before the socket"). */
final class Pages {

  private final AppDirectory apps;
  private final boolean authenticated;

  Pages(AppDirectory apps, boolean authenticated) {
    this.apps = apps;
    this.authenticated = authenticated;
  }

  void page(RoutingContext ctx) {
    page(ctx, "true".equals(ctx.request().getParam("embed")));
  }

  /** The page; {@code chromeless} (an embed) drops the header and menu a full page would draw. */
  void page(RoutingContext ctx, boolean chromeless) {
    String app = ctx.pathParam("app");
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .end("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + app
            + "</title></head>\n<body" + (chromeless ? " class=\"embedded\"" : "") + "><div id=\"root\" data-app=\"" + app
            + "\" data-stream=\"/apps/" + app + "/_stcore/stream\"></div></body></html>\n");
  }

  void health(RoutingContext ctx) {
    String app = ctx.pathParam("app");
    apps.lookup(app).onComplete(ar -> {
      AppDirectory.Answer answer = ar.succeeded() ? ar.result() : AppDirectory.Answer.SCHEDULER_UNREACHABLE;
      switch (answer) {
        case KNOWN -> ctx.response().putHeader("Content-Type", "text/plain").end("ok");
        case UNKNOWN -> ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain")
            .end("unknown app '" + app + "': the scheduler has no pool for it");
        default -> ctx.response().setStatusCode(503).putHeader("Content-Type", "text/plain")
            .end("scheduler unreachable and app '" + app + "' not seen before");
      }
    });
  }

  void hostConfig(RoutingContext ctx) {
    JsonObject body = new JsonObject()
        .put("allowedOrigins", new JsonArray())
        .put("useExternalAuthToken", authenticated)
        .put("enableCustomParentMessages", false);
    ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
  }
}
