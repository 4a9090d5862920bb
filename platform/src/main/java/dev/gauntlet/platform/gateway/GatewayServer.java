package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.MetricsEndpoint;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.ext.web.Router;
import java.util.List;
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

  GatewayServer(Vertx vertx, GatewayConfig config) {
    this.vertx = vertx;
    this.config = config;
    SchedulerClient scheduler = new SchedulerClient(vertx, config.schedulerUri(), metrics);
    this.proxy = new StreamProxy(vertx, config, scheduler, metrics);
    this.pages = new Pages(new AppDirectory(scheduler));
  }

  /** Listens; the future holds the bound port. */
  Future<Integer> start() {
    Router router = Router.router(vertx);
    router.get("/healthz").handler(ctx -> ctx.response().end("ok"));
    router.get("/readyz").handler(ctx -> ctx.response().end("ready"));
    router.get("/metrics").handler(new MetricsEndpoint(metrics.registry)::handle);
    router.get("/apps/:app/").handler(pages::page);
    router.get("/apps/:app/_stcore/health").handler(pages::health);
    router.get("/apps/:app/_stcore/host-config").handler(pages::hostConfig);
    HttpServerOptions options = new HttpServerOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setWebSocketSubProtocols(List.of(Offer.SUBPROTOCOL))
        .setMaxWebSocketFrameSize(StreamProxy.MAX_MESSAGE_BYTES)
        .setMaxWebSocketMessageSize(StreamProxy.MAX_MESSAGE_BYTES)
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
