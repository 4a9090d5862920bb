package dev.gauntlet.protocol.rerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetState.ValueCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetValuesTest {
  @Test
  void eachKindTravelsInItsOwnSlot() {
    assertThat(WidgetValues.slider("s", 1, 2).getValueCase()).isEqualTo(ValueCase.DOUBLE_ARRAY_VALUE);
    assertThat(WidgetValues.button("b", true).getValueCase()).isEqualTo(ValueCase.TRIGGER_VALUE);
    assertThat(WidgetValues.checkbox("c", false).getValueCase()).isEqualTo(ValueCase.BOOL_VALUE);
    assertThat(WidgetValues.text("t", "hi").getValueCase()).isEqualTo(ValueCase.STRING_VALUE);
    assertThat(WidgetValues.number("d", 1.5).getValueCase()).isEqualTo(ValueCase.DOUBLE_VALUE);
    assertThat(WidgetValues.integer("i", -3).getIntValue()).isEqualTo(-3);
  }

  @Test
  void scenarioValuesAreParsedByKindName() {
    assertThat(WidgetValues.of("s", WidgetKind.parse("double_array"), 42).getDoubleArrayValue().getDataList())
        .containsExactly(42.0);
    assertThat(WidgetValues.of("s", WidgetKind.parse("slider"), List.of(1, 2.5)).getDoubleArrayValue().getDataList())
        .containsExactly(1.0, 2.5);
    assertThat(WidgetValues.of("b", WidgetKind.parse("Button"), null).getTriggerValue()).isTrue();
    assertThat(WidgetValues.of("x", WidgetKind.parse("int"), 7L).getIntValue()).isEqualTo(7);
  }

  @Test
  void aValueThatDoesNotFitNamesWidgetKindAndValue() {
    assertThatThrownBy(() -> WidgetValues.of("n", WidgetKind.DOUBLE_ARRAY, "ten"))
        .hasMessageContaining("widget 'n'").hasMessageContaining("ten").hasMessageContaining("list of numbers");
    assertThatThrownBy(() -> WidgetKind.parse("sliderr"))
        .hasMessageContaining("'sliderr'").hasMessageContaining("slider|double_array");
  }

  @Test
  void theBookSendsEveryValueAndFiresTriggersOnce() {
    WidgetStateBook book = new WidgetStateBook()
        .put(WidgetValues.slider("n", 10)).put(WidgetValues.button("go", true));
    book.put(WidgetValues.slider("n", 42));
    List<WidgetState> first = book.snapshotForRerun();
    assertThat(first).extracting(WidgetState::getId).containsExactly("n", "go");
    assertThat(first.get(0).getDoubleArrayValue().getData(0)).isEqualTo(42.0);
    assertThat(book.snapshotForRerun()).extracting(WidgetState::getId).containsExactly("n");
  }

  @Test
  void rerunsCarryCachedHashesWhenAsked() {
    assertThat(Reruns.withCachedMessageHashes(Reruns.first("a=1"), List.of("h1")).getRerunScript()
        .getCachedMessageHashesList()).containsExactly("h1");
    assertThat(Reruns.first("a=1").getRerunScript().getQueryString()).isEqualTo("a=1");
  }
}
