package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.gateway.auth.Access;
import dev.gauntlet.platform.gateway.auth.EmbedUrls;
import dev.gauntlet.platform.gateway.auth.SessionCookie;
import dev.gauntlet.platform.gateway.auth.TokenVerifier;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The HTTP routes under {@code --auth}: page, health and host-config want a token or the session
 * cookie (401 otherwise); {@code POST /v1/embed-urls} mints an embed URL for a registered host;
 * opening one ({@code ?embed=true&code=...}) sets the cookie and serves the chromeless page.
 */
final class Guard {

  private final Access access;
  private final EmbedUrls embeds;
  private final Pages pages;
  private final GatewayMetrics metrics;

  Guard(Access access, Pages pages, GatewayMetrics metrics) {
    this.access = access;
    this.embeds = new EmbedUrls(access.config());
    this.pages = pages;
    this.metrics = metrics;
  }

  /** {@code handler} once the request's credentials hold for its app. */
  Handler<RoutingContext> checked(Handler<RoutingContext> handler) {
    return ctx -> access.check(ctx.request().headers(), ctx.pathParam("app"), Optional.empty()).onComplete(ar -> {
      if (ar.succeeded()) {
        handler.handle(ctx);
      } else {
        refuse(ctx, ar.cause());
      }
    });
  }

  void page(RoutingContext ctx) {
    String app = ctx.pathParam("app");
    boolean embed = "true".equals(ctx.request().getParam("embed"));
    String code = ctx.request().getParam("code");
    ctx.response().putHeader("Content-Security-Policy", access.contentSecurityPolicy(app));
    if (embed && code != null) {
      EmbedUrls.Redeemed r = embeds.redeem(code, app, Instant.now());
      if (r.grant().isEmpty()) {
        metrics.authRefused("embed");
        ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain").end(r.refusal());
        return;
      }
      String cookie = access.cookies().mint(r.grant().get().viewer(), app, Instant.now());
      ctx.response().putHeader("Set-Cookie", SessionCookie.NAME + "=" + cookie + "; Path=/apps/" + app
          + "/; HttpOnly; SameSite=Lax; Max-Age=" + SessionCookie.LIFETIME.toSeconds());
      pages.page(ctx, true);
      return;
    }
    checked(c -> pages.page(c, embed)).handle(ctx);
  }

  /** {@code POST /v1/embed-urls {"app", "viewer"}} with a host application's client-credentials token. */
  void mint(RoutingContext ctx) {
    String token = ctx.request().headers().get("Authorization");
    if (token == null || !token.regionMatches(true, 0, "Bearer ", 0, 7)) {
      refuse(ctx, new TokenVerifier.Refused(401, "a host application sends Authorization: Bearer TOKEN "
          + "(a client-credentials token from the identity provider)"));
      return;
    }
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null || body.getString("app") == null || body.getString("viewer") == null) {
      ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("error", "body needs {\"app\": \"...\", \"viewer\": \"...\"}").encode());
      return;
    }
    String app = body.getString("app");
    String viewer = body.getString("viewer");
    access.verify(token.substring(7).trim()).onComplete(ar -> {
      if (ar.failed()) {
        refuse(ctx, ar.cause());
        return;
      }
      String client = ar.result().subject();
      if (!embeds.mayEmbed(client, app)) {
        metrics.authRefused("embed-host");
        ctx.response().setStatusCode(403).putHeader("Content-Type", "application/json").end(new JsonObject()
            .put("error", "client '" + client + "' is not a host registered to embed app '" + app + "'").encode());
        return;
      }
      String code = embeds.mint(viewer, app, Instant.now());
      String url = "http://" + ctx.request().authority() + "/apps/" + app + "/?embed=true&code=" + code;
      ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(new JsonObject()
          .put("url", url).put("app", app).put("viewer", viewer)
          .put("expiresAt", embeds.expiresAt(code).toEpochMilli()).encode());
    });
  }

  private void refuse(RoutingContext ctx, Throwable cause) {
    int status = cause instanceof TokenVerifier.Refused r ? r.status : 401;
    metrics.authRefused(status == 401 ? "token" : "provider");
    ServiceProcess.log("gateway", ctx.request().method() + " " + ctx.request().path() + " refused with " + status
        + ": " + cause.getMessage());
    if (status == 401) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain").end(cause.getMessage());
  }
}
