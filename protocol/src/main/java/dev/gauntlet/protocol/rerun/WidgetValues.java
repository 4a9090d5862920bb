package dev.gauntlet.protocol.rerun;

import dev.gauntlet.protocol.proto.DoubleArray;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.widgets.WidgetId;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.List;
import java.util.Optional;

/**
 * WidgetState values by widget kind, each in the slot a Streamlit 1.39 browser sends it in:
 * slider {@code double_array_value}, button {@code trigger_value}, checkbox {@code bool_value},
 * number input {@code double_value} (float) or {@code int_value} (int), text input
 * {@code string_value}, selectbox {@code int_value} (the option's index).
 */
public final class WidgetValues {
  private WidgetValues() {}

  /** A slider (or range slider): {@code double_array_value}. */
  public static WidgetState slider(String id, double... values) {
    DoubleArray.Builder array = DoubleArray.newBuilder();
    for (double v : values) {
      array.addData(v);
    }
    return WidgetState.newBuilder().setId(id).setDoubleArrayValue(array).build();
  }

  /** A button click: {@code trigger_value}; true for the rerun the click causes. */
  public static WidgetState button(String id, boolean clicked) {
    return WidgetState.newBuilder().setId(id).setTriggerValue(clicked).build();
  }

  /** A checkbox or toggle: {@code bool_value}. */
  public static WidgetState checkbox(String id, boolean checked) {
    return WidgetState.newBuilder().setId(id).setBoolValue(checked).build();
  }

  /** A text input or text area: {@code string_value}. */
  public static WidgetState text(String id, String value) {
    return WidgetState.newBuilder().setId(id).setStringValue(value).build();
  }

  /** A float number input: {@code double_value}. */
  public static WidgetState number(String id, double value) {
    return WidgetState.newBuilder().setId(id).setDoubleValue(value).build();
  }

  /** An int number input: {@code int_value} (sint64, zigzag on the wire). */
  public static WidgetState integer(String id, long value) {
    return WidgetState.newBuilder().setId(id).setIntValue(value).build();
  }

  /** A selectbox: {@code int_value}, the chosen option's index. */
  public static WidgetState selectbox(String id, int optionIndex) {
    return WidgetState.newBuilder().setId(id).setIntValue(optionIndex).build();
  }

  /**
   * A value a scenario lists, for a widget as it was rendered: a Number (slider, number input, a
   * selectbox's option index), a Boolean (checkbox), a String (text input, a selectbox's option
   * name); a button is clicked whatever the value. A number input's slot follows its rendered
   * data type, and option names are looked up in the rendered options.
   *
   * @throws IllegalArgumentException naming the widget, its kind and the value, when the widget is
   *     rendered as another kind or the value does not fit
   */
  public static WidgetState of(WidgetId widget, WidgetKind kind, Object value) {
    String key = widget.userKey().orElse(widget.id());
    Optional<WidgetKind> rendered = widget.kind();
    if (rendered.isPresent() && rendered.get() != kind) {
      throw new IllegalArgumentException("widget '" + key + "' is rendered as a " + rendered.get().spelling()
          + ", not a " + kind.spelling() + " (drive it as kind: " + rendered.get().spelling() + ")");
    }
    ScenarioValue v = new ScenarioValue(key, kind, widget.integer(), value);
    String id = widget.id();
    return switch (kind) {
      case SLIDER -> value instanceof List<?> list
          ? slider(id, list.stream().mapToDouble(item -> new ScenarioValue(key, kind, false, item).number()).toArray())
          : slider(id, v.number());
      case BUTTON -> button(id, true);
      case CHECKBOX -> checkbox(id, v.bool());
      case NUMBER_INPUT -> widget.integer() ? integer(id, v.whole("a whole number (it is an int number_input)")) : number(id, v.number());
      case TEXT_INPUT -> text(id, v.text());
      case SELECTBOX -> selectbox(id, v.optionIndex(widget.options()));
    };
  }
}
