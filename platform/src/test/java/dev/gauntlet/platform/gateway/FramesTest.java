package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ClientState;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.Initialize;
import dev.gauntlet.protocol.proto.NewSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FramesTest {

  private static final Properties REAL = new Properties();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = FramesTest.class.getResourceAsStream("/gateway/streamlit-1.39-frames.properties")) {
      REAL.load(in);
    }
  }

  private static byte[] real(String key) {
    return HexFormat.of().parseHex(REAL.getProperty(key));
  }

  @Test
  void realStreamlitRerunsAreReruns() {
    assertThat(Frames.isRerun(real("client.rerun.first"))).isTrue();
    assertThat(Frames.isRerun(real("client.rerun.widgets"))).isTrue();
    assertThat(Frames.isRerun(HexFormat.of().parseHex("5a021200"))).isTrue(); // the compact empty first rerun (docs/protocol.md)
  }

  @Test
  void otherBackMsgsAndGarbageAreNotReruns() {
    assertThat(Frames.isRerun(BackMsg.newBuilder().setAppHeartbeat(true).build().toByteArray())).isFalse();
    assertThat(Frames.isRerun(BackMsg.newBuilder().setStopScript(true).build().toByteArray())).isFalse();
    assertThat(Frames.isRerun(new byte[] {(byte) 0xff, 0x01})).isFalse();
    assertThat(Frames.isRerun(BackMsg.newBuilder()
        .setRerunScript(ClientState.getDefaultInstance()).build().toByteArray())).isTrue();
  }

  @Test
  void rerunDetectionWalksTagsWithoutParsing() {
    byte[] rerunThenDebugId = BackMsg.newBuilder().setRerunScript(ClientState.newBuilder().setQueryString("a=1"))
        .setDebugLastBackmsgId("x-1").build().toByteArray();
    assertThat(Frames.isRerun(io.vertx.core.buffer.Buffer.buffer(rerunThenDebugId))).isTrue();
    assertThat(Frames.isRerun(HexFormat.of().parseHex("5a05120100"))).isFalse(); // length past the end
    assertThat(Frames.isRerun(HexFormat.of().parseHex("5a02120080"))).isFalse(); // a cut-short tag after it
    assertThat(Frames.isRerun(new byte[0])).isFalse();
  }

  @Test
  void realNewSessionYieldsItsSessionId() {
    assertThat(Frames.newSessionId(real("server.new_session")))
        .contains(REAL.getProperty("server.new_session.session_id"));
  }

  @Test
  void otherForwardMsgsYieldNothing() {
    assertThat(Frames.newSessionId(real("server.delta"))).isEmpty();
    assertThat(Frames.newSessionId(real("server.script_finished"))).isEmpty();
    assertThat(Frames.newSessionId(new byte[] {0x22, 0x7f})).isEmpty(); // truncated new_session
  }

  @Test
  void newSessionAfterOtherFieldsIsFound() {
    byte[] msg = ForwardMsg.newBuilder()
        .setHash("h")
        .setDebugLastBackmsgId("click-1")
        .setNewSession(NewSession.newBuilder()
            .setInitialize(Initialize.newBuilder().setSessionId("s-1")))
        .build().toByteArray();
    assertThat(Frames.newSessionId(msg)).contains("s-1");
  }
}
