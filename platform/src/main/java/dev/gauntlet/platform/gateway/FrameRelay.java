package dev.gauntlet.platform.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.vertx.core.buffer.Buffer;

/**
 * Relays one socket's binary frames to its peer socket as the bytes that came in, the way nginx
 * relays a WebSocket: no decode, no unmask, no message, no re-encode. It sits first in the
 * socket's pipeline; every other frame (close, ping, pong, text, fragments, a frame over the cap)
 * and every frame while it has no peer goes on whole, in order, to the frame decoder behind it, so
 * Vert.x and the session handle those as before. Mutable; runs on the socket's event loop, which
 * its peer shares. Installed by {@link FrameRelays}.
 */
final class FrameRelay extends ChannelInboundHandlerAdapter {

  /** What the session learns of the frames relayed past it. */
  interface Tap {
    /** True when the next relayed frame's payload must be handed to {@link #relayed}. */
    boolean wantsPayload();

    /** A frame went to the peer; {@code payload} (unmasked, a copy the tap may keep) only when wanted. */
    void relayed(Buffer payload, long payloadBytes);

    /** Bytes came in on this socket, relayed or not. */
    default void heard() {}

    /**
     * A frame over the cap arrived: true when the tap closes the socket itself (with 1009, by a
     * close handshake), so the relay drops the frame's bytes as they come. False leaves the frame
     * to the decoder, whose error makes Vert.x close the connection at once: a sender still writing
     * the frame then sees a reset rather than the 1009.
     */
    default boolean refused(long payloadBytes) {
      return false;
    }
  }

  private final boolean masked;
  private final long maxPayloadBytes;
  private final Tap tap;
  private final FrameFlow flow = new FrameFlow();
  ChannelHandlerContext ctx;
  private FrameRelay peer;
  private ByteBuf held; // read but not yet routed: a header cut short, or a frame the tap must see whole
  private long toPeer; // bytes of the current frame still to relay
  private long toDecoder; // bytes of the current frame still to hand to the decoder
  private long toDrop; // bytes of a refused frame still to drop
  private boolean decoderHasMessage; // a fragmented message is in the decoder: its frames all go there
  private boolean decoderOnly; // not aligned with the frames, or a frame the decoder must refuse
  private boolean boundaryChecked; // once, at the first bytes: the decoder must hold no part of a frame

  FrameRelay(boolean masked, long maxPayloadBytes, Tap tap) {
    this.masked = masked;
    this.maxPayloadBytes = maxPayloadBytes;
    this.tap = tap;
  }

  /** Where binary frames go from now on; null: to the decoder, and reading resumes if it waited on the peer. */
  void peer(FrameRelay next) {
    peer = next;
    if (next == null) {
      flow.resume(ctx);
    }
  }

  @Override
  public void handlerAdded(ChannelHandlerContext added) {
    ctx = added;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf in)) {
      ctx.fireChannelRead(msg);
      return;
    }
    tap.heard();
    if (!boundaryChecked) {
      boundaryChecked = true;
      decoderOnly = !FrameBoundary.at(ctx.pipeline());
    }
    if (decoderOnly) {
      flow.toDecoder(ctx, in);
      return;
    }
    held = held == null ? in : ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(ctx.alloc(), held, in);
    route();
    if (held != null && !held.isReadable()) {
      held.release();
      held = null;
    }
  }

  private void route() {
    while (held.isReadable()) {
      if (toPeer > 0 || toDecoder > 0 || toDrop > 0) {
        pass();
        continue;
      }
      FrameHeader h = FrameHeader.peek(held);
      if (h == null) {
        return;
      }
      if (h.wellFormed(Long.MAX_VALUE) && h.payloadBytes() > maxPayloadBytes && tap.refused(h.payloadBytes())) {
        toDrop = h.frameBytes();
        continue;
      }
      if (!h.wellFormed(maxPayloadBytes)) {
        decoderOnly = true; // the decoder closes the socket (1009 over the cap, 1002 otherwise)
        flow.toDecoder(ctx, held.readRetainedSlice(held.readableBytes()));
        return;
      }
      if (peer != null && !decoderHasMessage && h.plainBinary(masked)) {
        boolean wants = tap.wantsPayload();
        if (wants && held.readableBytes() < h.frameBytes()) {
          return; // the tap sees whole frames only
        }
        tap.relayed(wants ? payload(h) : null, h.payloadBytes());
        toPeer = h.frameBytes();
      } else {
        if (h.isData()) {
          decoderHasMessage = !h.fin();
        }
        toDecoder = h.frameBytes();
      }
    }
  }

  /** Routes what is held of the current frame, up to its end. */
  private void pass() {
    if (toDrop > 0) {
      int n = (int) Math.min(toDrop, held.readableBytes());
      held.skipBytes(n);
      toDrop -= n;
      return;
    }
    int n = (int) Math.min(toPeer + toDecoder, held.readableBytes());
    ByteBuf part = held.readRetainedSlice(n);
    if (toPeer > 0) {
      toPeer -= n;
      if (peer == null) {
        part.release(); // the peer went away mid-frame: the rest of that frame has nowhere to go
      } else {
        flow.toPeer(ctx, peer.ctx, part);
      }
    } else {
      toDecoder -= n;
      flow.toDecoder(ctx, part);
    }
  }

  private Buffer payload(FrameHeader h) {
    int start = held.readerIndex() + h.headerBytes();
    byte[] bytes = new byte[(int) h.payloadBytes()];
    held.getBytes(start, bytes);
    if (h.masked()) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] ^= (byte) (h.maskKey() >>> (24 - 8 * (i & 3)));
      }
    }
    return Buffer.buffer(bytes);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    flow.readComplete(ctx);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable() && peer != null) {
      peer.flow.resume(peer.ctx); // the peer waited for this socket to drain
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    if (held != null) {
      held.release();
      held = null;
    }
  }
}
