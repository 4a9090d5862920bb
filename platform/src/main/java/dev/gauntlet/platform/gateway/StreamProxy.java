package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.gateway.auth.Access;
import dev.gauntlet.platform.gateway.auth.TokenVerifier;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.Optional;

/**
 * Accepts session sockets on {@code /apps/{app}/_stcore/stream} and gives each a
 * {@link ProxiedSession}; holds what the sessions share (scheduler client, upstream client).
 * With {@code --auth}, a socket is accepted only from an allowed Origin and with valid
 * credentials, checked before any placement is asked for.
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
  private final Optional<Access> access;

  StreamProxy(Vertx vertx, GatewayConfig config, SchedulerClient scheduler, GatewayMetrics metrics,
      Optional<Access> access) {
    this.vertx = vertx;
    this.config = config;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.access = access;
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
    if (access.isEmpty()) {
      handshake.accept().onSuccess(socket -> new ProxiedSession(this, socket, app, offer, Optional.empty()).start());
      return;
    }
    Access gate = access.get();
    String host = handshake.authority() == null ? null : handshake.authority().toString();
    if (!gate.originAllowed(handshake.headers(), host, app)) {
      ServiceProcess.log("gateway", "rejected " + handshake.path() + ": Origin " + handshake.headers().get("Origin")
          + " is neither this gateway nor a host registered for app " + app);
      metrics.authRefused("origin");
      handshake.reject(403);
      return;
    }
    gate.check(handshake.headers(), app, Optional.of(offer.token())).onComplete(ar -> {
      if (ar.failed()) {
        int status = ar.cause() instanceof TokenVerifier.Refused r ? r.status : 401;
        ServiceProcess.log("gateway", "rejected " + handshake.path() + " with " + status + ": " + ar.cause().getMessage());
        metrics.authRefused(status == 401 ? "token" : "provider");
        handshake.reject(status);
        return;
      }
      String viewer = ar.result().subject();
      handshake.accept().onSuccess(socket ->
          new ProxiedSession(this, socket, app, offer.withoutToken(), Optional.of(viewer)).start());
    });
  }
}
