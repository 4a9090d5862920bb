package dev.gauntlet.platform.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Two {@link EmbeddedChannel}s wired as the gateway wires a session's sockets: a relay, Netty's
 * frame decoder, and a last handler that keeps what the decoder passed on (where Vert.x would
 * be). Frames are built by hand, byte by byte as RFC 6455 lays them out.
 */
final class RelayedSockets {

  /** One socket: what its relay tapped, what reached its decoder's far side, what was written to it. */
  static final class Side implements FrameRelay.Tap {
    final EmbeddedChannel channel;
    final FrameRelay relay;
    final List<Object> decoded = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    final List<Buffer> tapped = new ArrayList<>();
    boolean wantsPayload = true;
    boolean refuses; // as the gateway's client side does: it closes the socket itself
    final List<Long> refused = new ArrayList<>();
    int heard;

    Side(boolean masked, int maxPayloadBytes) {
      relay = new FrameRelay(masked, maxPayloadBytes, this);
      channel = new EmbeddedChannel(relay, new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
          .expectMaskedFrames(masked).maxFramePayloadLength(maxPayloadBytes).closeOnProtocolViolation(false)
          .build()), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
              decoded.add(msg);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
              errors.add(cause);
            }
          });
    }

    @Override
    public boolean wantsPayload() {
      return wantsPayload;
    }

    @Override
    public boolean refused(long payloadBytes) {
      refused.add(payloadBytes);
      return refuses;
    }

    @Override
    public void relayed(Buffer payload, long payloadBytes) {
      tapped.add(payload);
    }

    @Override
    public void heard() {
      heard++;
    }

    /** Every byte written to this socket so far (by its peer's relay), in order. */
    byte[] written() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuf b;
      while ((b = channel.readOutbound()) != null) {
        byte[] bytes = new byte[b.readableBytes()];
        b.readBytes(bytes);
        b.release();
        out.writeBytes(bytes);
      }
      return out.toByteArray();
    }
  }

  final Side client = new Side(true, 1000);
  final Side pod = new Side(false, 1 << 20);

  void pair() {
    client.relay.peer(pod.relay); // as FrameRelays.pair, which wants one event loop: each embedded channel has its own
    pod.relay.peer(client.relay);
  }

  static byte[] frame(boolean fin, int opcode, byte[] payload, Integer maskKey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((fin ? 0x80 : 0) | opcode);
    int maskBit = maskKey == null ? 0 : 0x80;
    if (payload.length < 126) {
      out.write(maskBit | payload.length);
    } else if (payload.length < 65_536) {
      out.write(maskBit | 126);
      out.write(payload.length >> 8);
      out.write(payload.length & 0xff);
    } else {
      out.write(maskBit | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) payload.length >> shift) & 0xff);
      }
    }
    if (maskKey != null) {
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write((maskKey >> shift) & 0xff);
      }
    }
    for (int i = 0; i < payload.length; i++) {
      out.write(maskKey == null ? payload[i] : payload[i] ^ (maskKey >>> (24 - 8 * (i & 3))));
    }
    return out.toByteArray();
  }

  static ByteBuf bytes(byte[]... parts) {
    return Unpooled.wrappedBuffer(parts);
  }
}
