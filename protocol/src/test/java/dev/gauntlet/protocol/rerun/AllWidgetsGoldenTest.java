package dev.gauntlet.protocol.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.codec.BackMsgCodec;
import dev.gauntlet.protocol.codec.BackMsgEncoding;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.WidgetState.ValueCase;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.widgets.WidgetId;
import dev.gauntlet.protocol.widgets.WidgetIdIndex;
import dev.gauntlet.protocol.widgets.WidgetIds;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every widget kind against a real Streamlit 1.39 server (all-widgets-session.jsonl): what we read
 * from its first render, and the rerun we build from scenario values, byte for byte the browser's.
 */
class AllWidgetsGoldenTest {

  static final Transcript T = Transcript.load(Transcript.ALL_WIDGETS);

  @Test
  void theFirstRenderTellsEachWidgetsKindAndValueForm() {
    WidgetIdIndex ids = WidgetIds.index(T.serverRun(0));

    assertThat(ids.keys()).containsExactly("n", "go", "flag", "num", "count", "name", "pick");
    assertThat(ids.all().stream().collect(Collectors.toMap(w -> w.userKey().orElseThrow(), w -> w.kind().orElseThrow())))
        .isEqualTo(Map.of("n", WidgetKind.SLIDER, "go", WidgetKind.BUTTON, "flag", WidgetKind.CHECKBOX,
            "num", WidgetKind.NUMBER_INPUT, "count", WidgetKind.NUMBER_INPUT, "name", WidgetKind.TEXT_INPUT,
            "pick", WidgetKind.SELECTBOX));
    assertThat(ids.require("num").integer()).isFalse();
    assertThat(ids.require("count").integer()).isTrue();
    assertThat(ids.require("pick").options()).containsExactly("red", "green", "blue");
  }

  @Test
  void aRerunOfScenarioValuesForEveryKindIsTheBytesTheBrowserSent() {
    List<ForwardMsg> first = T.serverRun(0);
    WidgetIdIndex ids = WidgetIds.index(first);
    WidgetStateBook book = new WidgetStateBook();
    // the values as plan.json hands them to a virtual user: JSON numbers, booleans, strings
    book.put(WidgetValues.of(ids.require("n"), WidgetKind.SLIDER, 42));
    book.put(WidgetValues.of(ids.require("go"), WidgetKind.BUTTON, true));
    book.put(WidgetValues.of(ids.require("flag"), WidgetKind.CHECKBOX, true));
    book.put(WidgetValues.of(ids.require("num"), WidgetKind.NUMBER_INPUT, 2.5));
    book.put(WidgetValues.of(ids.require("count"), WidgetKind.NUMBER_INPUT, 7));
    book.put(WidgetValues.of(ids.require("name"), WidgetKind.TEXT_INPUT, "grace"));
    book.put(WidgetValues.of(ids.require("pick"), WidgetKind.SELECTBOX, "blue"));

    BackMsg rerun = Reruns.rerun("", first.get(0).getNewSession().getPageScriptHash(), book.snapshotForRerun(), "all-1");

    assertThat(HexFormat.of().formatHex(BackMsgCodec.encode(rerun, BackMsgEncoding.BROWSER)))
        .isEqualTo(HexFormat.of().formatHex(T.clientFrames().get(1).bytes()));
  }

  @Test
  void eachKindTakesTheSlotTheBrowserSentItsValueIn() {
    WidgetIdIndex ids = WidgetIds.index(T.serverRun(0));
    List<WidgetState> sent = BackMsgCodec.decode(T.clientFrames().get(1).bytes())
        .getRerunScript().getWidgetStates().getWidgetsList();

    assertThat(sent).hasSize(WidgetKind.values().length + 1).allSatisfy(s -> {
      WidgetId widget = ids.all().stream().filter(w -> w.id().equals(s.getId())).findFirst().orElseThrow();
      assertThat(widget.kind().orElseThrow().slots()).as(s.getId()).contains(s.getValueCase());
    });
    assertThat(sent).filteredOn(s -> s.getId().endsWith("-count")).extracting(WidgetState::getValueCase)
        .containsExactly(ValueCase.INT_VALUE);
    assertThat(sent).filteredOn(s -> s.getId().endsWith("-num")).extracting(WidgetState::getValueCase)
        .containsExactly(ValueCase.DOUBLE_VALUE);
    assertThat(sent).filteredOn(s -> s.getId().endsWith("-pick")).extracting(WidgetState::getIntValue)
        .containsExactly(2L);
  }
}
