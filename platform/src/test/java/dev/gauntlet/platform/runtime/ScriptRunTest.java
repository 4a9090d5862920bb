package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.proto.DoubleArray;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.proto.ForwardMsg.TypeCase;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NumberInput;
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

  @Test
  void everyKindIsRenderedAsItsOwnElementAndItsValueShownOrItsWrongTypeNamed() {
    AppIdentity widgets = new AppIdentity(AppSpecParser.read(java.nio.file.Path.of("../apps/widgets.yaml")));
    List<ForwardMsg> closing = new ScriptRun(widgets, "s", "r", "", Map.of()).closing();
    assertThat(closing.subList(1, 8)).extracting(m -> m.getDelta().getNewElement().getTypeCase()).containsExactly(
        Element.TypeCase.SLIDER, Element.TypeCase.BUTTON, Element.TypeCase.CHECKBOX, Element.TypeCase.NUMBER_INPUT,
        Element.TypeCase.NUMBER_INPUT, Element.TypeCase.TEXT_INPUT, Element.TypeCase.SELECTBOX);
    assertThat(closing.get(4).getDelta().getNewElement().getNumberInput().getDataType()).isEqualTo(NumberInput.DataType.FLOAT);
    assertThat(closing.get(5).getDelta().getNewElement().getNumberInput().getDataType()).isEqualTo(NumberInput.DataType.INT);
    assertThat(closing.get(7).getDelta().getNewElement().getSelectbox().getOptionsList()).containsExactly("red", "green", "blue");
    assertThat(closing.get(8).getDelta().getNewElement().getMarkdown().getBody())
        .startsWith("n = 0\n\ngo = false\n\nflag = false\n\nnum = 0\n\ncount = 0\n\nname = \n\npick = red\n\n");

    Map<String, WidgetState> set = new WidgetValues().merge(WidgetStates.newBuilder()
        .addWidgets(state(widgets, "n").setDoubleArrayValue(DoubleArray.newBuilder().addData(42)))
        .addWidgets(state(widgets, "go").setTriggerValue(true))
        .addWidgets(state(widgets, "flag").setBoolValue(true))
        .addWidgets(state(widgets, "num").setDoubleValue(2.5))
        .addWidgets(state(widgets, "count").setIntValue(7))
        .addWidgets(state(widgets, "name").setStringValue("grace"))
        .addWidgets(state(widgets, "pick").setIntValue(2)).build());
    assertThat(new ScriptRun(widgets, "s", "r", "", set).closing().get(8).getDelta().getNewElement().getMarkdown()
        .getBody()).startsWith("n = 42\n\ngo = true\n\nflag = true\n\nnum = 2.5\n\ncount = 7\n\nname = grace\n\npick = blue\n\n");

    Map<String, WidgetState> wrong = new WidgetValues().merge(WidgetStates.newBuilder()
        .addWidgets(state(widgets, "count").setDoubleValue(7))
        .addWidgets(state(widgets, "pick").setIntValue(5)).build());
    assertThat(new ScriptRun(widgets, "s", "r", "", wrong).closing().get(8).getDelta().getNewElement().getMarkdown()
        .getBody()).contains("count = (wrong type: double_value; an int number_input takes int_value)")
        .contains("pick = (no option 5; options 0..2)");
  }

  private static WidgetState.Builder state(AppIdentity app, String key) {
    return WidgetState.newBuilder().setId(app.widgetId(key));
  }

  private static String markdown(ScriptRun run) {
    return run.closing().get(3).getDelta().getNewElement().getMarkdown().getBody();
  }
}
