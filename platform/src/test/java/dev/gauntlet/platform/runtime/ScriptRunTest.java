package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.proto.DoubleArray;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.proto.ForwardMsg.TypeCase;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptRunTest {

  static final AppSpec DASH = AppSpecParser.parse("dash.yaml", """
      name: dash
      elements: 6
      payloadBytes: 3000
      widgets:
        - {key: n, kind: slider}
        - {key: go, kind: button}
      """);
  static final AppIdentity APP = new AppIdentity(DASH);

  static List<ForwardMsg> fullRun(ScriptRun run) {
    List<ForwardMsg> all = new ArrayList<>(run.opening());
    all.addAll(run.closing());
    return all;
  }

  @Test
  void aRunIsNewSessionRunningElementsFinishedNotRunning() {
    List<ForwardMsg> msgs = fullRun(new ScriptRun(APP, "s-1", "r-1", "", Map.of()));
    assertThat(msgs).extracting(ForwardMsg::getTypeCase).containsExactly(
        TypeCase.NEW_SESSION, TypeCase.SESSION_STATUS_CHANGED, TypeCase.DELTA, TypeCase.DELTA,
        TypeCase.DELTA, TypeCase.DELTA, TypeCase.DELTA, TypeCase.DELTA, TypeCase.SCRIPT_FINISHED,
        TypeCase.SESSION_STATUS_CHANGED);
    assertThat(msgs).hasSize(DASH.elements() + 4);
    ForwardMsg first = msgs.get(0);
    assertThat(first.getNewSession().getInitialize().getSessionId()).isEqualTo("s-1");
    assertThat(first.getNewSession().getScriptRunId()).isEqualTo("r-1");
    assertThat(first.getNewSession().getMainScriptHash()).isEqualTo(AppIdentity.md5Hex("dash"));
    assertThat(msgs.get(8).getScriptFinished()).isEqualTo(ScriptFinishedStatus.FINISHED_SUCCESSFULLY);
    assertThat(msgs.get(1).getSessionStatusChanged().getScriptIsRunning()).isTrue();
    assertThat(msgs.get(9).getSessionStatusChanged().getScriptIsRunning()).isFalse();
  }

  @Test
  void deltasArePathedInOrderHeadingWidgetsThenMarkdown() {
    List<ForwardMsg> deltas = fullRun(new ScriptRun(APP, "s", "r", "", Map.of())).subList(2, 8);
    for (int i = 0; i < deltas.size(); i++) {
      assertThat(deltas.get(i).getMetadata().getDeltaPathList()).containsExactly(0, i);
      assertThat(deltas.get(i).getMetadata().getActiveScriptHash()).isEqualTo(APP.scriptHash());
    }
    assertThat(deltas.get(0).getDelta().getNewElement().getHeading().getBody()).isEqualTo("dash");
    assertThat(deltas.get(1).getDelta().getNewElement().getSlider().getId())
        .matches("\\$\\$ID-[0-9a-f]{32}-n").isEqualTo(AppIdentity.widgetId("dash", "n"));
    assertThat(deltas.get(2).getDelta().getNewElement().getButton().getId())
        .matches("\\$\\$ID-[0-9a-f]{32}-go");
    int payload = deltas.subList(3, 6).stream()
        .mapToInt(d -> d.getDelta().getNewElement().getMarkdown().getBody().length()).sum();
    assertThat(payload).isGreaterThanOrEqualTo(3000);
  }

  @Test
  void widgetValuesAreShownAndTriggersLastOneRun() {
    WidgetValues values = new WidgetValues();
    WidgetStates moved = WidgetStates.newBuilder()
        .addWidgets(WidgetState.newBuilder().setId(APP.widgetId("n"))
            .setDoubleArrayValue(DoubleArray.newBuilder().addData(42)))
        .addWidgets(WidgetState.newBuilder().setId(APP.widgetId("go")).setTriggerValue(true))
        .build();
    String body = markdown(new ScriptRun(APP, "s", "r", "", values.merge(moved)));
    assertThat(body).startsWith("n = 42\n\ngo = true\n\n");
    String next = markdown(new ScriptRun(APP, "s", "r2", "", values.merge(WidgetStates.getDefaultInstance())));
    assertThat(next).startsWith("n = 42\n\ngo = false\n\n");
  }

  @Test
  void everyMessageCarriesAHashAndTheDebugIdOfItsRun() {
    ScriptRun run = new ScriptRun(APP, "s", "r", "click-1", Map.of());
    List<ForwardMsg> msgs = fullRun(run);
    msgs.add(run.stoppedEarly());
    assertThat(msgs).allSatisfy(m -> {
      assertThat(m.getDebugLastBackmsgId()).isEqualTo("click-1");
      assertThat(m.getHash()).matches("[0-9a-f]{32}");
    });
    assertThat(run.stoppedEarly().getScriptFinished())
        .isEqualTo(ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN);
  }

  @Test
  void largeMessagesAreCacheableAndSmallOnesNot() {
    AppSpec big = AppSpecParser.parse("big.yaml", "name: big\nelements: 3\npayloadBytes: 40000\n");
    List<ForwardMsg> msgs = fullRun(new ScriptRun(new AppIdentity(big), "s", "r", "", Map.of()));
    ForwardMsg heading = msgs.get(2);
    assertThat(heading.getMetadata().getCacheable()).isFalse();
    assertThat(msgs.get(3).getSerializedSize()).isGreaterThanOrEqualTo(ScriptRun.CACHEABLE_BYTES);
    assertThat(msgs.get(3).getMetadata().getCacheable()).isTrue();
    assertThat(msgs.get(3).getHash()).isEqualTo(msgs.get(4).getHash());
  }

  private static String markdown(ScriptRun run) {
    return run.closing().get(3).getDelta().getNewElement().getMarkdown().getBody();
  }
}
