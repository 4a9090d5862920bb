package dev.gauntlet.protocol.rerun;

import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.List;

/** One value as a scenario gave it (a JSON number, boolean or string), read as a widget's kind needs it. */
record ScenarioValue(String key, WidgetKind kind, boolean integer, Object value) {

  double number() {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw misfit("a number");
  }

  /** A whole number; {@code expected} says what the widget takes, for the error. */
  long whole(String expected) {
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
        || Math.abs(n.doubleValue()) >= 1e15) {
      throw misfit(expected);
    }
    return n.longValue();
  }

  boolean bool() {
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw misfit("true or false");
  }

  String text() {
    if (value == null) {
      throw misfit("a string");
    }
    return String.valueOf(value);
  }

  /** An option's index, or its name looked up in the rendered options. */
  int optionIndex(List<String> options) {
    String expected = options.isEmpty() ? "an option index (no options were rendered to look a name up in)"
        : "an option index 0.." + (options.size() - 1) + " or name (its options: " + String.join(", ", options) + ")";
    if (value instanceof String name) {
      if (!options.contains(name)) {
        throw misfit(expected);
      }
      return options.indexOf(name);
    }
    long index = whole(expected);
    if (index < 0 || (!options.isEmpty() && index >= options.size())) {
      throw misfit(expected);
    }
    return (int) index;
  }

  private IllegalArgumentException misfit(String expected) {
    String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    return new IllegalArgumentException("widget '" + key + "' (" + kind.spelling() + "): value " + shown
        + " does not fit; expected " + expected);
  }
}
