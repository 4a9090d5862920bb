package dev.gauntlet.platform.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;

/**
 * Where a {@link FrameRelay}'s bytes go and when they move: the peer is flushed once per read
 * burst, not once per frame; the decoder hears "read complete" only in a burst it was fed (else
 * Netty's decoder asks for another read while reading is paused); and reading pauses while the
 * peer cannot take more, so a slow reader slows its sender, not the gateway's heap. Mutable,
 * used on the event loop of the socket it reads.
 */
final class FrameFlow {

  private ChannelHandlerContext unflushed;
  private boolean decoderFed;
  private boolean waitingOnPeer;

  /** Writes to the peer's socket at its head: past its encoder, as the bytes already are a frame. */
  void toPeer(ChannelHandlerContext source, ChannelHandlerContext peer, ByteBuf bytes) {
    peer.write(bytes, peer.voidPromise());
    unflushed = peer;
    if (!waitingOnPeer && !peer.channel().isWritable()) {
      waitingOnPeer = true;
      source.channel().config().setAutoRead(false);
    }
  }

  void toDecoder(ChannelHandlerContext source, ByteBuf bytes) {
    decoderFed = true;
    source.fireChannelRead(bytes);
  }

  void readComplete(ChannelHandlerContext source) {
    if (unflushed != null) {
      ChannelHandlerContext peer = unflushed;
      unflushed = null;
      peer.flush();
    }
    if (decoderFed) {
      decoderFed = false;
      source.fireChannelReadComplete();
    }
  }

  /** Reads again after the peer drained (or went away). */
  void resume(ChannelHandlerContext source) {
    if (waitingOnPeer) {
      waitingOnPeer = false;
      source.channel().config().setAutoRead(true);
    }
  }
}
