package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

/**
 * Accepts session sockets on {@code /apps/{app}/_stcore/stream} and gives each a
 * {@link ProxiedSession}; holds what the sessions share (scheduler client, upstream client).
 */
final class StreamProxy {

  /** Streamlit payloads can be large (cached elements, dataframes): do not cap below the runtime's. */
  static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

  final Vertx vertx;
  final GatewayConfig config;
  final SchedulerClient scheduler;
  final GatewayMetrics metrics;
  static final int MAX_UPSTREAMS_PER_POD = 100_000;

  final WebSocketClient upstreams;

  StreamProxy(Vertx vertx, GatewayConfig config, SchedulerClient scheduler, GatewayMetrics metrics) {
    this.vertx = vertx;
    this.config = config;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.upstreams = vertx.createWebSocketClient(new WebSocketClientOptions()
        // Vert.x queues sockets past 50 per pod by default: one upstream per session, a pod holds hundreds
        .setMaxConnections(MAX_UPSTREAMS_PER_POD)
        .setMaxFrameSize(MAX_MESSAGE_BYTES)
        .setMaxMessageSize(MAX_MESSAGE_BYTES)
        .setTryUsePerMessageCompression(false)
        // ack a pod's frames at once, not after the delayed-ack timer (epoll only; NODELAY is Vert.x's default)
        .setTcpQuickAck(vertx.isNativeTransportEnabled()));
  }

  /** Accepts at once when {@code streamlit} is offered; placement happens after, on the open socket. */
  void handshake(ServerWebSocketHandshake handshake, String app) {
    Offer offer = Offer.parse(handshake.headers().getAll("Sec-WebSocket-Protocol"));
    if (!offer.offersStreamlit()) {
      ServiceProcess.log("gateway", "rejected " + handshake.path() + ": subprotocol 'streamlit' not offered in "
          + offer.entries());
      handshake.reject(400);
      return;
    }
    handshake.accept().onSuccess(socket -> new ProxiedSession(this, socket, app, offer).start());
  }
}
