package dev.gauntlet.scenario.internal;

import dev.gauntlet.protocol.widgets.WidgetKind;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A driven widget's {@code values}, typed by its kind: numbers (a whole one as a Long) for a
 * slider or number_input, true/false for a checkbox, text for a text_input, an option's index (a
 * Long) or name (a String) for a selectbox; a button takes none.
 */
final class WidgetValueText {

  private WidgetValueText() {}

  static List<Object> values(Fields w, WidgetKind kind, List<YamlNode> nodes) {
    if (!kind.holdsValue() && !nodes.isEmpty()) {
      throw new ScenarioException(w.file(), w.line("values"), w.child("values") + " given for a button",
          "drop values: (a button is clicked, it holds no value)");
    }
    if (kind.holdsValue() && nodes.isEmpty()) {
      throw new ScenarioException(w.file(), w.line(), w.where() + " (" + kind.spelling() + ") has no values",
          "add values: [...] (each interaction takes the next one, in turn)");
    }
    List<Object> values = new ArrayList<>();
    for (YamlNode n : nodes) {
      if (!n.isScalar() || n.scalar() == null) {
        throw new ScenarioException(w.file(), n.line(), w.child("values") + " items should be single values but one is "
            + n.kind(), "write e.g. values: [10, 42, 77]");
      }
      values.add(typed(w, kind, n));
    }
    return values;
  }

  private static Object typed(Fields w, WidgetKind kind, YamlNode n) {
    String text = n.scalar().trim();
    String item = w.child("values") + " item '" + text + "'";
    return switch (kind) {
      case SLIDER, NUMBER_INPUT -> {
        Object number = number(text);
        if (number == null) {
          throw new ScenarioException(w.file(), n.line(), item + " is not a number (a " + kind.spelling()
              + " takes numbers)", "write e.g. values: [10, 42, 77]");
        }
        yield number;
      }
      case CHECKBOX -> {
        if (!text.equals("true") && !text.equals("false")) {
          throw new ScenarioException(w.file(), n.line(), item + " is not true or false (a checkbox)",
              "write values: [true, false]");
        }
        yield Boolean.parseBoolean(text);
      }
      case SELECTBOX -> {
        Object number = number(text);
        if (number instanceof Long index && index >= 0) {
          yield index;
        }
        if (number != null) {
          throw new ScenarioException(w.file(), n.line(), item + " is neither an option's index (0, 1, ...) nor its name",
              "write e.g. values: [0, 2] or values: [red, blue]");
        }
        yield n.scalar();
      }
      default -> n.scalar();
    };
  }

  /** A Long when whole, a Double otherwise, null when not a number. */
  private static Object number(String text) {
    try {
      double d = Double.parseDouble(text);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
