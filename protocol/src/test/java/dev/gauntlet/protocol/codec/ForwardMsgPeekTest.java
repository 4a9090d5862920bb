package dev.gauntlet.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.Damage;
import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.widgets.WidgetIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place reader says what a full decode says, on every recorded frame and on damaged copies. */
class ForwardMsgPeekTest {

  private static List<byte[]> serverFrames() {
    List<byte[]> out = new ArrayList<>();
    for (String name : List.of(Transcript.WIDGETS, Transcript.CACHED, Transcript.ALL_WIDGETS)) {
      Transcript.load(name).frames().stream().filter(f -> !f.fromClient()).forEach(f -> out.add(f.bytes()));
    }
    return out;
  }

  @Test
  void everyRecordedFrameReadsAsItsFullDecode() {
    List<byte[]> frames = serverFrames();
    assertThat(frames).hasSizeGreaterThan(20);
    for (byte[] frame : frames) {
      ForwardMsg full = ForwardMsgCodec.decode(frame);
      Optional<ForwardMsgPeek> peek = ForwardMsgPeek.read(frame);
      assertThat(peek).as(ForwardMsgCodec.describe(full)).isPresent();
      assertSame(full, peek.get(), true);
    }
  }

  @Test
  void theRecordedRunsHaveEveryFactThisReaderGives() {
    List<MessageKind> kinds = serverFrames().stream().map(f -> ForwardMsgPeek.read(f).orElseThrow().kind()).toList();
    assertThat(kinds).contains(MessageKind.NEW_SESSION, MessageKind.DELTA, MessageKind.SCRIPT_FINISHED,
        MessageKind.SESSION_STATUS_CHANGED, MessageKind.REF_HASH);
    assertThat(serverFrames().stream().map(f -> ForwardMsgPeek.read(f).orElseThrow())
        .filter(ForwardMsgPeek::cacheable)).isNotEmpty();
  }

  @Test
  void aDamagedFrameTheDecoderAcceptsReadsTheSameAndNoneThrows() {
    Random random = new Random(15);
    int accepted = 0;
    int rejected = 0;
    for (byte[] original : serverFrames()) {
      for (int i = 0; i < 300; i++) {
        byte[] frame = Damage.of(original, random);
        ForwardMsg full;
        try {
          full = ForwardMsgCodec.decode(frame);
        } catch (FrameDecodeException e) {
          rejected++;
          ForwardMsgPeek.read(frame); // may read (it does not look into every nested message) but never throws
          continue;
        }
        accepted++;
        Optional<ForwardMsgPeek> peek = ForwardMsgPeek.read(frame);
        assertThat(peek).as("damaged frame %d accepted by the decoder", i).isPresent();
        assertSame(full, peek.get(), false);
      }
    }
    assertThat(accepted).isGreaterThan(1000);
    assertThat(rejected).isGreaterThan(1000);
  }

  @Test
  void truncatedAndGarbageFramesAreCorrupt() {
    byte[] frame = serverFrames().get(0);
    assertThat(ForwardMsgPeek.read(java.util.Arrays.copyOf(frame, frame.length / 2))).isEmpty();
    assertThat(ForwardMsgPeek.read(new byte[] {(byte) 0xff, (byte) 0xff})).isEmpty();
    assertThat(ForwardMsgPeek.read(new byte[] {0x0c})).isEmpty(); // an end-group at the top level
    assertThat(ForwardMsgPeek.read(new byte[0])).get().extracting(ForwardMsgPeek::kind).isEqualTo(MessageKind.UNKNOWN);
  }

  // Widget ids are compared on real frames only: in a damaged element two of its oneof fields may
  // both be present, where the decoder keeps the last and the raw walk sees both.
  private static void assertSame(ForwardMsg full, ForwardMsgPeek peek, boolean widgetIds) {
    assertThat(peek.kind()).isEqualTo(MessageKind.of(full));
    assertThat(peek.hash()).isEqualTo(full.getHash());
    assertThat(peek.cacheable()).isEqualTo(full.getMetadata().getCacheable());
    assertThat(peek.refHash()).isEqualTo(full.getRefHash());
    assertThat(peek.scriptFinishedValue()).isEqualTo(full.getScriptFinishedValue());
    assertThat(peek.sessionId()).isEqualTo(full.getNewSession().getInitialize().getSessionId());
    assertThat(peek.pageScriptHash()).isEqualTo(full.getNewSession().getPageScriptHash());
    boolean element = full.hasDelta() && full.getDelta().hasNewElement();
    assertThat(peek.newElement() != null).isEqualTo(element);
    if (element && widgetIds) {
      assertThat(WidgetIds.findInElement(peek.newElement())).isEqualTo(WidgetIds.find(full));
    }
  }
}
