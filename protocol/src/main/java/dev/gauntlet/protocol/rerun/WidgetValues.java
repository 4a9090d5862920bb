package dev.gauntlet.protocol.rerun;

import dev.gauntlet.protocol.proto.DoubleArray;
import dev.gauntlet.protocol.proto.WidgetState;
import java.util.List;

/** WidgetState values by widget kind: each kind of widget travels in its own oneof slot. */
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

  /** An integer number input: {@code int_value} (sint64). */
  public static WidgetState integer(String id, long value) {
    return WidgetState.newBuilder().setId(id).setIntValue(value).build();
  }

  /**
   * A value given loosely (from a scenario file): a Number, Boolean, String, or a List of
   * Numbers for sliders. The error names the widget, the kind and the value seen.
   */
  public static WidgetState of(String id, WidgetKind kind, Object value) {
    try {
      switch (kind) {
        case DOUBLE_ARRAY:
          if (value instanceof List) {
            return slider(id, ((List<?>) value).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
          }
          return slider(id, ((Number) value).doubleValue());
        case TRIGGER: return button(id, value == null || asBoolean(value));
        case BOOL: return checkbox(id, asBoolean(value));
        case STRING: return text(id, String.valueOf(value));
        case DOUBLE: return number(id, ((Number) value).doubleValue());
        case INT: return integer(id, ((Number) value).longValue());
        default: throw new IllegalStateException("unhandled kind " + kind);
      }
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("widget '" + id + "' of kind " + kind
          + ": value " + value + " (" + (value == null ? "null" : value.getClass().getSimpleName())
          + ") does not fit; expected " + expected(kind), e);
    }
  }

  private static boolean asBoolean(Object value) {
    return value instanceof Boolean ? (Boolean) value : Boolean.parseBoolean(String.valueOf(value));
  }

  private static String expected(WidgetKind kind) {
    switch (kind) {
      case DOUBLE_ARRAY: return "a number or a list of numbers";
      case DOUBLE: case INT: return "a number";
      default: return "a boolean or a string";
    }
  }
}
