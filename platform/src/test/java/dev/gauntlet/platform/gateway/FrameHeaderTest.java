package dev.gauntlet.platform.gateway;

import static dev.gauntlet.platform.gateway.RelayedSockets.bytes;
import static dev.gauntlet.platform.gateway.RelayedSockets.frame;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameHeaderTest {

  @Test
  void readsEachLengthFormAndTheMaskWithoutConsumingAnything() {
    for (int length : new int[] {0, 125, 126, 65_535, 65_536}) {
      ByteBuf in = bytes(frame(true, 2, new byte[length], 0x01020304));
      FrameHeader h = FrameHeader.peek(in);
      assertThat(h.payloadBytes()).as("length %d", length).isEqualTo(length);
      assertThat(h.headerBytes()).isEqualTo(2 + (length < 126 ? 0 : length < 65_536 ? 2 : 8) + 4);
      assertThat(h.maskKey()).isEqualTo(0x01020304);
      assertThat(h.wellFormed(1 << 20) && h.plainBinary(true) && !h.plainBinary(false)).isTrue();
      assertThat(in.readerIndex()).isZero();
    }
  }

  @Test
  void aHeaderCutShortIsNotReadYet() {
    byte[] wire = frame(true, 2, new byte[300], 7);
    for (int cut = 0; cut < 8; cut++) {
      assertThat(FrameHeader.peek(bytes(Arrays.copyOf(wire, cut)))).as("first %d bytes", cut).isNull();
    }
    assertThat(FrameHeader.peek(bytes(Arrays.copyOf(wire, 8)))).isNotNull();
  }

  @Test
  void lengthsTheRfcForbidsOrTheCapRefusesAreNotWellFormed() {
    assertThat(FrameHeader.peek(bytes(new byte[] {(byte) 0x82, 126, 0, 5})).wellFormed(1000)).isFalse(); // not minimal
    assertThat(FrameHeader.peek(bytes(new byte[] {(byte) 0x82, 127, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0})).wellFormed(1000))
        .isFalse(); // negative
    assertThat(FrameHeader.peek(bytes(frame(true, 2, new byte[1001], null))).wellFormed(1000)).isFalse();
    FrameHeader text = FrameHeader.peek(bytes(frame(true, 1, new byte[3], null)));
    assertThat(text.wellFormed(1000) && !text.plainBinary(false) && text.isData()).isTrue();
    FrameHeader rsv = FrameHeader.peek(bytes(new byte[] {(byte) 0xc2, 0}));
    assertThat(rsv.rsv()).isEqualTo(4);
    assertThat(rsv.plainBinary(false)).isFalse();
  }
}
