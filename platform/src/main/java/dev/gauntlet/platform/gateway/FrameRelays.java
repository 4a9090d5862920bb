package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionDecoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import io.netty.handler.ssl.SslHandler;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.internal.http.WebSocketInternal;
import java.util.Optional;

/**
 * Puts {@link FrameRelay}s in front of a session's two sockets and pairs them. Relaying bytes is
 * only right when both sockets carry frames as they are: no TLS under them (the relay reads the
 * wire), no negotiated extension (permessage-deflate rewrites payloads), and one event loop for
 * both (writes from the relay and from Vert.x stay in order). Where one of these does not hold,
 * the socket keeps Vert.x's decode and encode path.
 */
final class FrameRelays {

  static final String NAME = "gauntlet-frame-relay";
  private static volatile boolean crossLoopLogged; // once per process: it would be true of every session

  private FrameRelays() {}

  /**
   * A relay first in {@code socket}'s pipeline, with no peer yet: until {@link #pair}, every frame
   * goes to the decoder as before. Call on the socket's event loop, before it read any frame.
   */
  static Optional<FrameRelay> install(WebSocketBase socket, boolean masked, long maxPayloadBytes,
      FrameRelay.Tap tap) {
    if (!(socket instanceof WebSocketInternal internal)) {
      return Optional.empty();
    }
    ChannelHandlerContext vertx = internal.channelHandlerContext();
    ChannelPipeline pipeline = vertx.pipeline();
    if (!vertx.executor().inEventLoop() || pipeline.get(NAME) != null
        || pipeline.get(WebSocket08FrameDecoder.class) == null || pipeline.get(SslHandler.class) != null
        || pipeline.get(WebSocketExtensionDecoder.class) != null // a negotiated extension's codec stays
        || pipeline.get(WebSocketExtensionEncoder.class) != null) { // after the handshake (its handler does not)
      return Optional.empty();
    }
    FrameRelay relay = new FrameRelay(masked, maxPayloadBytes, tap);
    pipeline.addFirst(NAME, relay);
    return Optional.of(relay);
  }

  /** Relays each one's binary frames to the other; nothing is paired across event loops. */
  static void pair(FrameRelay a, FrameRelay b) {
    if (a.ctx.executor() != b.ctx.executor()) {
      if (!crossLoopLogged) {
        crossLoopLogged = true;
        ServiceProcess.log("gateway", "a client socket and its pod socket are on different event loops:"
            + " their frames go through Vert.x, not relayed as bytes");
      }
      return;
    }
    a.peer(b);
    b.peer(a);
  }

  /** Back to the decoder for both: a failover or a close is under way. */
  static void unpair(FrameRelay a, FrameRelay b) {
    a.peer(null);
    b.peer(null);
  }
}
