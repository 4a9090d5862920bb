package dev.gauntlet.platform.gateway;

import static dev.gauntlet.platform.gateway.RelayedSockets.bytes;
import static dev.gauntlet.platform.gateway.RelayedSockets.frame;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.channel.WriteBufferWaterMark;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameRelayTest {

  private static final int MASK = 0x1a2b3c4d;
  private final RelayedSockets sockets = new RelayedSockets();

  @Test
  void aMaskedClientFrameReachesThePodAsTheSameBytesAndTheTapSeesItUnmasked() {
    sockets.pair();
    byte[] payload = "rerun".getBytes(StandardCharsets.UTF_8);
    byte[] wire = frame(true, 2, payload, MASK);
    sockets.client.channel.writeInbound(bytes(wire));
    assertThat(sockets.pod.written()).isEqualTo(wire);
    assertThat(sockets.client.tapped).singleElement().satisfies(b -> assertThat(b.getBytes()).isEqualTo(payload));
    assertThat(sockets.client.decoded).isEmpty();
    assertThat(sockets.client.heard).isEqualTo(1);
  }

  @Test
  void framesCutAnywhereAcrossReadsArriveWhole() {
    sockets.pair();
    byte[] one = frame(true, 2, random(300), MASK); // a 16-bit length
    byte[] two = frame(true, 2, random(5), MASK);
    byte[] both = concat(one, two);
    for (int cut : new int[] {1, 3, 5, 8, 150, one.length, one.length + 1}) {
      sockets.client.channel.writeInbound(bytes(Arrays.copyOfRange(both, 0, cut)));
      sockets.client.channel.writeInbound(bytes(Arrays.copyOfRange(both, cut, both.length)));
      assertThat(sockets.pod.written()).as("cut at %d", cut).isEqualTo(both);
    }
    assertThat(sockets.client.tapped).hasSize(14);
  }

  @Test
  void aLargePodFrameWithA64BitLengthStreamsThroughInPartsOnceTheTapNeedsNoPayload() {
    sockets.pair();
    sockets.pod.wantsPayload = false; // as after new_session
    byte[] wire = frame(true, 2, random(70_000), null);
    for (int at = 0; at < wire.length; at += 8192) {
      sockets.pod.channel.writeInbound(bytes(Arrays.copyOfRange(wire, at, Math.min(wire.length, at + 8192))));
    }
    assertThat(sockets.client.written()).isEqualTo(wire);
    assertThat(sockets.pod.tapped).hasSize(1).containsNull();
  }

  @Test
  void controlTextAndFragmentedFramesGoToTheDecoderAndBinaryAfterThemIsRelayed() {
    sockets.pair();
    byte[] binary = frame(true, 2, random(10), null);
    sockets.pod.channel.writeInbound(bytes(concat(frame(true, 9, new byte[] {1}, null),
        frame(true, 1, "hi".getBytes(StandardCharsets.UTF_8), null), frame(false, 2, random(4), null),
        frame(true, 10, new byte[0], null), frame(true, 0, random(4), null), binary,
        frame(true, 8, new byte[] {3, (byte) 0xe8}, null))));
    assertThat(sockets.pod.decoded).hasSize(6);
    assertThat(sockets.pod.decoded.get(0)).isInstanceOf(PingWebSocketFrame.class);
    assertThat(sockets.pod.decoded.get(1)).isInstanceOf(TextWebSocketFrame.class);
    assertThat(sockets.pod.decoded.get(2)).isInstanceOf(BinaryWebSocketFrame.class);
    assertThat(sockets.pod.decoded.get(4)).isInstanceOf(ContinuationWebSocketFrame.class);
    assertThat(sockets.pod.decoded.get(5)).isInstanceOf(CloseWebSocketFrame.class);
    assertThat(sockets.client.written()).isEqualTo(binary);
    assertThat(sockets.pod.errors).isEmpty();
  }

  @Test
  void withoutAPeerEveryFrameGoesToTheDecoder() {
    sockets.client.channel.writeInbound(bytes(frame(true, 2, random(20), MASK)));
    assertThat(sockets.client.decoded).singleElement().isInstanceOf(BinaryWebSocketFrame.class);
    assertThat(sockets.client.tapped).isEmpty();
  }

  @Test
  void aClientFrameOverTheCapIsLeftToTheDecoderWhichRefusesItWith1009() {
    sockets.pair();
    sockets.client.channel.writeInbound(bytes(concat(frame(true, 2, random(2000), MASK), frame(true, 2, random(3), MASK))));
    assertThat(sockets.client.errors).singleElement().isInstanceOfSatisfying(CorruptedWebSocketFrameException.class,
        e -> assertThat(e.closeStatus().code()).isEqualTo(1009));
    assertThat(sockets.pod.written()).isEmpty();
  }

  @Test
  void aClientFrameOverTheCapThatTheSessionRefusesIsDroppedAsItComesAndTheNextFrameRelayed() {
    sockets.client.refuses = true;
    sockets.pair();
    byte[] big = frame(true, 2, random(2000), MASK);
    byte[] next = frame(true, 2, random(3), MASK);
    sockets.client.channel.writeInbound(bytes(java.util.Arrays.copyOf(big, 700))); // the rest still on its way
    sockets.client.channel.writeInbound(bytes(concat(java.util.Arrays.copyOfRange(big, 700, big.length), next)));
    assertThat(sockets.client.refused).containsExactly(2000L);
    assertThat(sockets.client.errors).isEmpty();
    assertThat(sockets.client.decoded).isEmpty();
    assertThat(sockets.pod.written()).isEqualTo(next);
  }

  @Test
  void aRelayThatFirstSeesBytesMidFrameLeavesEveryFrameToTheDecoder() {
    sockets.pair();
    byte[] one = frame(true, 2, random(40), MASK);
    byte[] two = frame(true, 2, random(7), MASK);
    sockets.client.relay.ctx.fireChannelRead(bytes(Arrays.copyOf(one, 3))); // reached the decoder before the relay was in front
    sockets.client.channel.writeInbound(bytes(concat(Arrays.copyOfRange(one, 3, one.length), two)));
    assertThat(sockets.client.decoded).hasSize(2).allMatch(f -> f instanceof BinaryWebSocketFrame);
    assertThat(sockets.pod.written()).isEmpty();
    assertThat(sockets.client.tapped).isEmpty();
  }

  @Test
  void aPeerThatCannotTakeMorePausesReadingUntilItDrains() {
    sockets.pair();
    sockets.pod.channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
    sockets.client.channel.pipeline().fireChannelRead(bytes(frame(true, 2, random(100), MASK)));
    assertThat(sockets.client.channel.config().isAutoRead()).isFalse();
    sockets.client.channel.pipeline().fireChannelReadComplete(); // flushes the pod socket, which drains
    sockets.pod.channel.runPendingTasks();
    assertThat(sockets.client.channel.config().isAutoRead()).isTrue();
    assertThat(sockets.pod.written()).hasSize(2 + 4 + 100);
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
