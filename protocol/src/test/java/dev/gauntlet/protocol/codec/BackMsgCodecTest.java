package dev.gauntlet.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.rerun.Reruns;
import dev.gauntlet.protocol.rerun.WidgetValues;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our rerun bytes against both facts: the compact form (docs/protocol.md) and the browser's recorded form. */
class BackMsgCodecTest {
  private static final String PAGE = "6d51052eff4c17f75797db12eca6b90f";
  private static final String SLIDER = "$$ID-021b4cbd444383e686ff4bb5cff0168a-n";
  private static final String BUTTON = "$$ID-0de184e57923dac497d4e380111684dd-go";

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Test
  void firstRerunCompactIsWhatProtocolMdSays() {
    assertThat(hex(BackMsgCodec.encode(Reruns.first("")))).isEqualTo("5a021200");
    assertThat(hex(BackMsgCodec.encode(Reruns.first(""), BackMsgEncoding.COMPACT))).isEqualTo("5a021200");
  }

  @Test
  void firstRerunInBrowserFormIsTheRecordedFrame() {
    byte[] recorded = Transcript.load(Transcript.WIDGETS).clientFrames().get(0).bytes();
    assertThat(hex(recorded)).isEqualTo("5a060a0012001a00");
    assertThat(BackMsgCodec.encode(Reruns.first(""), BackMsgEncoding.BROWSER)).isEqualTo(recorded);
  }

  @Test
  void bothFormsDecodeToTheSameMessage() {
    BackMsg compact = BackMsgCodec.decode(HexFormat.of().parseHex("5a021200"));
    BackMsg browser = BackMsgCodec.decode(HexFormat.of().parseHex("5a060a0012001a00"));
    assertThat(browser).isEqualTo(compact).isEqualTo(Reruns.first(""));
  }

  @Test
  void widgetRerunWithDebugIdIsTheRecordedFrameByteForByte() {
    byte[] recorded = Transcript.load(Transcript.WIDGETS).clientFrames().get(1).bytes();
    BackMsg ours = Reruns.rerun("", PAGE,
        List.of(WidgetValues.slider(SLIDER, 42), WidgetValues.button(BUTTON, true)), "click-1");
    assertThat(hex(BackMsgCodec.encode(ours, BackMsgEncoding.BROWSER))).isEqualTo(hex(recorded));
    assertThat(BackMsgCodec.decode(recorded)).isEqualTo(ours);
  }

  @Test
  void reconnectAndSecondRerunsAreTheRecordedFrames() {
    byte[] reconnect = Transcript.load(Transcript.WIDGETS).clientFrames().get(2).bytes();
    assertThat(BackMsgCodec.encode(Reruns.rerun("", PAGE, List.of(), null), BackMsgEncoding.BROWSER))
        .isEqualTo(reconnect);
    byte[] second = Transcript.load(Transcript.CACHED).clientFrames().get(1).bytes();
    assertThat(BackMsgCodec.encode(Reruns.rerun("", "fa1841def92fbac97991d06a2247a58a", List.of(), ""),
        BackMsgEncoding.BROWSER)).isEqualTo(second);
  }

  @Test
  void everyRecordedClientFrameReencodesIdentically() {
    for (String name : List.of(Transcript.WIDGETS, Transcript.CACHED)) {
      for (Transcript.Frame f : Transcript.load(name).clientFrames()) {
        assertThat(BackMsgCodec.encode(BackMsgCodec.decode(f.bytes()), BackMsgEncoding.BROWSER))
            .as(name + " line " + f.line()).isEqualTo(f.bytes());
      }
    }
  }

  @Test
  void nonRerunMessagesEncodeTheSameInBothForms() {
    BackMsg stop = BackMsg.newBuilder().setStopScript(true).build();
    assertThat(BackMsgCodec.encode(stop, BackMsgEncoding.BROWSER)).isEqualTo(BackMsgCodec.encode(stop));
  }

  @Test
  void aTruncatedBackMsgNamesItsLength() {
    assertThatThrownBy(() -> BackMsgCodec.decode(HexFormat.of().parseHex("5a060a00")))
        .isInstanceOf(FrameDecodeException.class).hasMessageContaining("BackMsg frame of 4 bytes");
  }
}
