package dev.gauntlet.platform.gateway;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.internal.http.WebSocketInternal;

/**
 * Binary messages to one socket, flushed once per event-loop turn instead of once per message. A
 * run's answer is several frames read from the pod in one go; Vert.x would flush (a write
 * syscall, a TCP segment) after each. Mutable; used on the socket's event loop, else it falls
 * back to Vert.x's own write.
 */
final class BatchedWrites {

  private final WebSocketBase socket;
  private final ChannelHandlerContext ctx;
  private boolean flushPending;

  BatchedWrites(WebSocketBase socket) {
    this.socket = socket;
    this.ctx = socket instanceof WebSocketInternal internal ? internal.channelHandlerContext() : null;
  }

  void write(Buffer message) {
    if (ctx == null || !(message instanceof BufferInternal internal) || !ctx.executor().inEventLoop()) {
      socket.writeBinaryMessage(message);
      return;
    }
    ctx.write(new BinaryWebSocketFrame(internal.getByteBuf()), ctx.voidPromise());
    if (!flushPending) {
      flushPending = true;
      ctx.executor().execute(this::flush); // runs after the frames read in this turn are handled
    }
  }

  private void flush() {
    flushPending = false;
    ctx.flush();
  }
}
