package dev.gauntlet.protocol.rerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.WidgetState.ValueCase;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.widgets.WidgetId;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetValuesTest {

  static WidgetId rendered(String key, WidgetKind kind) {
    return new WidgetId("$$ID-" + "0".repeat(32) + "-" + key, "0".repeat(32), Optional.of(key), kind.elementField());
  }

  @Test
  void eachKindTravelsInItsOwnSlot() {
    assertThat(WidgetValues.slider("s", 1, 2).getValueCase()).isEqualTo(ValueCase.DOUBLE_ARRAY_VALUE);
    assertThat(WidgetValues.button("b", true).getValueCase()).isEqualTo(ValueCase.TRIGGER_VALUE);
    assertThat(WidgetValues.checkbox("c", false).getValueCase()).isEqualTo(ValueCase.BOOL_VALUE);
    assertThat(WidgetValues.text("t", "hi").getValueCase()).isEqualTo(ValueCase.STRING_VALUE);
    assertThat(WidgetValues.number("d", 1.5).getValueCase()).isEqualTo(ValueCase.DOUBLE_VALUE);
    assertThat(WidgetValues.integer("i", -3).getIntValue()).isEqualTo(-3);
    assertThat(WidgetValues.selectbox("p", 2).getValueCase()).isEqualTo(ValueCase.INT_VALUE);
  }

  @Test
  void scenarioValuesTakeTheSlotOfTheRenderedWidget() {
    assertThat(WidgetValues.of(rendered("n", WidgetKind.SLIDER), WidgetKind.SLIDER, 42).getDoubleArrayValue()
        .getDataList()).containsExactly(42.0);
    assertThat(WidgetValues.of(rendered("n", WidgetKind.SLIDER), WidgetKind.SLIDER, List.of(1, 2.5))
        .getDoubleArrayValue().getDataList()).containsExactly(1.0, 2.5);
    assertThat(WidgetValues.of(rendered("go", WidgetKind.BUTTON), WidgetKind.BUTTON, null).getTriggerValue()).isTrue();
    WidgetId floats = rendered("x", WidgetKind.NUMBER_INPUT);
    assertThat(WidgetValues.of(floats, WidgetKind.NUMBER_INPUT, 1).getValueCase()).isEqualTo(ValueCase.DOUBLE_VALUE);
    WidgetId ints = floats.withForm(true, List.of());
    assertThat(WidgetValues.of(ints, WidgetKind.NUMBER_INPUT, 7L).getIntValue()).isEqualTo(7);
    assertThat(WidgetValues.of(ints, WidgetKind.NUMBER_INPUT, 7.0).getValueCase()).isEqualTo(ValueCase.INT_VALUE);
    WidgetId pick = rendered("pick", WidgetKind.SELECTBOX).withForm(false, List.of("red", "green"));
    assertThat(WidgetValues.of(pick, WidgetKind.SELECTBOX, 1).getIntValue()).isEqualTo(1);
    assertThat(WidgetValues.of(pick, WidgetKind.SELECTBOX, "red").getIntValue()).isZero();
    assertThat(WidgetValues.of(rendered("t", WidgetKind.TEXT_INPUT), WidgetKind.TEXT_INPUT, 42).getStringValue())
        .isEqualTo("42");
  }

  @Test
  void aValueThatDoesNotFitNamesWidgetKindValueAndWhatFits() {
    assertThatThrownBy(() -> WidgetValues.of(rendered("n", WidgetKind.SLIDER), WidgetKind.SLIDER, "ten"))
        .hasMessage("widget 'n' (slider): value 'ten' does not fit; expected a number");
    assertThatThrownBy(() -> WidgetValues.of(rendered("c", WidgetKind.NUMBER_INPUT).withForm(true, List.of()),
        WidgetKind.NUMBER_INPUT, 2.5))
        .hasMessage("widget 'c' (number_input): value 2.5 does not fit; expected a whole number (it is an int number_input)");
    WidgetId pick = rendered("pick", WidgetKind.SELECTBOX).withForm(false, List.of("red", "green"));
    assertThatThrownBy(() -> WidgetValues.of(pick, WidgetKind.SELECTBOX, "blue"))
        .hasMessage("widget 'pick' (selectbox): value 'blue' does not fit; expected an option index 0..1 or name "
            + "(its options: red, green)");
    assertThatThrownBy(() -> WidgetValues.of(pick, WidgetKind.SELECTBOX, 2)).hasMessageContaining("value 2 does not fit");
    assertThatThrownBy(() -> WidgetValues.of(rendered("f", WidgetKind.CHECKBOX), WidgetKind.CHECKBOX, "yes"))
        .hasMessageContaining("expected true or false");
  }

  @Test
  void aWidgetRenderedAsAnotherKindIsNotSentAValue() {
    assertThatThrownBy(() -> WidgetValues.of(rendered("n", WidgetKind.SLIDER), WidgetKind.NUMBER_INPUT, 1))
        .hasMessage("widget 'n' is rendered as a slider, not a number_input (drive it as kind: slider)");
    WidgetId unknownElement = new WidgetId("$$ID-" + "0".repeat(32) + "-d", "0".repeat(32), Optional.of("d"),
        Element.MARKDOWN_FIELD_NUMBER);
    assertThat(WidgetValues.of(unknownElement, WidgetKind.TEXT_INPUT, "x").getStringValue()).isEqualTo("x");
  }

  @Test
  void kindsParseByTheirOneSpelling() {
    assertThat(WidgetKind.spellings())
        .containsExactly("slider", "button", "checkbox", "number_input", "text_input", "selectbox");
    assertThat(WidgetKind.parse("number_input")).contains(WidgetKind.NUMBER_INPUT);
    assertThat(WidgetKind.parse("double_array")).isEmpty();
    assertThat(WidgetKind.closest("selectbx")).contains(WidgetKind.SELECTBOX);
    assertThat(WidgetKind.ofElementField(Element.SELECTBOX_FIELD_NUMBER)).contains(WidgetKind.SELECTBOX);
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
