package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.MetricsEndpoint;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.ext.web.Router;
import dev.gauntlet.platform.gateway.auth.Access;
import dev.gauntlet.platform.gateway.auth.AuthConfig;
import dev.gauntlet.platform.gateway.auth.SessionCookie;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's HTTP server: the routes of docs/platform.md, section gateway. */
final class GatewayServer {

  private static final Pattern STREAM_PATH = Pattern.compile("/apps/([a-z0-9-]+)/_stcore/stream");

  private final Vertx vertx;
  private final GatewayConfig config;
  private final GatewayMetrics metrics = new GatewayMetrics();
  private final StreamProxy proxy;
  private final Pages pages;
  private final Optional<Guard> guard;
  /** The session cookie's HMAC key: from the environment, so it is in no file and no command line. */
  static final String SESSION_KEY_ENV = "GAUNTLET_GATEWAY_SESSION_KEY";

  GatewayServer(Vertx vertx, GatewayConfig config) {
    this.vertx = vertx;
    this.config = config;
    SchedulerClient scheduler = new SchedulerClient(vertx, config.schedulerUri(), metrics);
    Optional<Access> access = config.auth().map(file -> new Access(vertx, AuthConfig.read(file),
        new SessionCookie(System.getenv(SESSION_KEY_ENV))));
    this.proxy = new StreamProxy(vertx, config, scheduler, metrics, access);
    this.pages = new Pages(new AppDirectory(scheduler), access.isPresent());
    this.guard = access.map(a -> new Guard(a, pages, metrics));
  }

  /** Listens; the future holds the bound port. */
  Future<Integer> start() {
    Router router = Router.router(vertx);
    router.get("/healthz").handler(ctx -> ctx.response().end("ok"));
    router.get("/readyz").handler(ctx -> ctx.response().end("ready"));
    router.get("/metrics").handler(new MetricsEndpoint(metrics.registry)::handle);
    if (guard.isPresent()) {
      Guard g = guard.get();
      router.get("/apps/:app/").handler(g::page);
      router.get("/apps/:app/_stcore/health").handler(g.checked(pages::health));
      router.get("/apps/:app/_stcore/host-config").handler(g.checked(pages::hostConfig));
      router.post("/v1/embed-urls").handler(BodyHandler.create().setBodyLimit(16 * 1024)).handler(g::mint);
    } else {
      router.get("/apps/:app/").handler(pages::page);
      router.get("/apps/:app/_stcore/health").handler(pages::health);
      router.get("/apps/:app/_stcore/host-config").handler(pages::hostConfig);
    }
    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setWebSocketSubProtocols(List.of(Offer.SUBPROTOCOL))
        // client frames only (what a browser sends): above the cap the socket is closed with 1009
        .setMaxWebSocketFrameSize(config.maxClientFrameBytes())
        .setMaxWebSocketMessageSize(config.maxClientFrameBytes())
        // like Streamlit's Tornado server: no permessage-deflate (it doubled the proxy's CPU per frame)
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false)
        .setTcpQuickAck(vertx.isNativeTransportEnabled()); // as StreamProxy's upstreams
    HttpServer server = vertx.createHttpServer(options)
        .requestHandler(router)
        .webSocketHandshakeHandler(this::handshake)
        .webSocketHandler(socket -> { }); // sessions take over in handshake(), on accept
    return server.listen().map(HttpServer::actualPort);
  }

  private void handshake(ServerWebSocketHandshake handshake) {
    Matcher m = STREAM_PATH.matcher(handshake.path());
    if (!m.matches()) {
      handshake.reject(404);
      return;
    }
    proxy.handshake(handshake, m.group(1));
  }
}
