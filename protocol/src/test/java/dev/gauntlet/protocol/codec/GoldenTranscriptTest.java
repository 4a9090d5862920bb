package dev.gauntlet.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What our decoder makes of a real Streamlit 1.39 server's frames. */
class GoldenTranscriptTest {
  private static final String SESSION_ID = "cbea8e47-e892-4016-a275-31be35b05cfb";

  @Test
  void decodesEveryFrameOfBothTranscripts() {
    for (String name : List.of(Transcript.WIDGETS, Transcript.CACHED, Transcript.ALL_WIDGETS)) {
      for (Transcript.Frame f : Transcript.load(name).frames()) {
        if (f.fromClient()) {
          assertThat(BackMsgCodec.decode(f.bytes()).hasRerunScript()).as(name + " line " + f.line()).isTrue();
        } else {
          assertThat(MessageKind.of(ForwardMsgCodec.decode(f.bytes())))
              .as(name + " line " + f.line() + " " + f.note()).isNotEqualTo(MessageKind.UNKNOWN);
        }
      }
    }
  }

  @Test
  void firstRunComesInProtocolOrderWithDeltaPaths() {
    List<ForwardMsg> run = Transcript.load(Transcript.WIDGETS).serverRun(0);
    assertThat(run.stream().map(ForwardMsgCodec::describe).collect(Collectors.toList())).containsExactly(
        "new_session", "session_status_changed(running)",
        "delta[0,0]", "delta[0,1]", "delta[0,2]", "delta[0,3]",
        "script_finished(FINISHED_SUCCESSFULLY)", "session_status_changed(not running)");
  }

  @Test
  void scriptFinishedSuccessIsTheDefaultValueSoTheCaseTellsIt() {
    ForwardMsg finished = Transcript.load(Transcript.WIDGETS).serverRun(0).get(6);
    assertThat(finished.getScriptFinished()).isEqualTo(ScriptFinishedStatus.FINISHED_SUCCESSFULLY);
    assertThat(finished.getScriptFinishedValue()).isZero();
    assertThat(finished.getTypeCase()).isEqualTo(ForwardMsg.TypeCase.SCRIPT_FINISHED);
    assertThat(MessageKind.of(finished)).isEqualTo(MessageKind.SCRIPT_FINISHED);
    ForwardMsg notFinished = Transcript.load(Transcript.WIDGETS).serverRun(0).get(1);
    assertThat(notFinished.getScriptFinishedValue()).isZero(); // the same value when absent
    assertThat(MessageKind.of(notFinished)).isNotEqualTo(MessageKind.SCRIPT_FINISHED);
  }

  @Test
  void sessionIdIsTheSameForEveryRunAndTheReconnect() {
    Transcript t = Transcript.load(Transcript.WIDGETS);
    for (int run = 0; run < 3; run++) {
      assertThat(t.serverRun(run).get(0).getNewSession().getInitialize().getSessionId())
          .as("run " + run).isEqualTo(SESSION_ID);
    }
    assertThat(t.serverRun(0).get(0).getNewSession().getPageScriptHash())
        .isEqualTo("6d51052eff4c17f75797db12eca6b90f");
  }

  @Test
  void debugIdIsEchoedInField17OnMostMessagesOfItsRunOnly() {
    Transcript t = Transcript.load(Transcript.WIDGETS);
    assertThat(BackMsgCodec.decode(t.clientFrames().get(1).bytes()).getDebugLastBackmsgId()).isEqualTo("click-1");
    List<ForwardMsg> run = t.serverRun(1);
    // Streamlit 1.39 echoes it on the run's first messages and script_finished, not on every one.
    assertThat(run.stream().map(ForwardMsg::getDebugLastBackmsgId).collect(Collectors.toList()))
        .containsExactly("click-1", "click-1", "click-1", "click-1", "click-1", "", "", "click-1", "");
    assertThat(t.serverRun(0)).allSatisfy(m -> assertThat(m.getDebugLastBackmsgId()).isEmpty());
    assertThat(run.stream().map(ForwardMsgCodec::describe).collect(Collectors.toList())).containsExactly(
        "new_session", "session_status_changed(running)", "delta[0,0]", "delta[0,1]", "delta[0,2]",
        "delta[0,3]", "delta[0,4]", "script_finished(FINISHED_SUCCESSFULLY)",
        "session_status_changed(not running)");
  }

  @Test
  void serverFramesSurviveADecodeEncodeRoundTripWithUnknownFieldsKept() {
    for (Transcript.Frame f : Transcript.load(Transcript.CACHED).frames()) {
      if (!f.fromClient()) {
        ForwardMsg once = ForwardMsgCodec.decode(f.bytes());
        byte[] again = ForwardMsgCodec.encode(once);
        // protobuf-java writes unknown fields after known ones: same content, maybe another order
        assertThat(again).as("line " + f.line()).hasSameSizeAs(f.bytes());
        assertThat(ForwardMsgCodec.decode(again)).as("line " + f.line()).isEqualTo(once);
      }
    }
  }
}
