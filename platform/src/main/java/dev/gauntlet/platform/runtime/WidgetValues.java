package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.WidgetState.ValueCase;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetStates;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A session's widget values by widget id. Mutable, confined to the session's event loop: each
 * rerun merges the values it carries; triggers (buttons) hold only for the run they came with.
 */
final class WidgetValues {

  private final Map<String, WidgetState> byId = new LinkedHashMap<>();

  /** Applies a rerun's states and returns a snapshot for that run. */
  Map<String, WidgetState> merge(WidgetStates states) {
    byId.values().removeIf(s -> s.getValueCase() == WidgetState.ValueCase.TRIGGER_VALUE
        || s.getValueCase() == WidgetState.ValueCase.STRING_TRIGGER_VALUE);
    for (WidgetState s : states.getWidgetsList()) {
      byId.put(s.getId(), s);
    }
    return Map.copyOf(byId);
  }

  /** The one slot a widget's value should come in: a number input's follows its type. */
  static ValueCase slot(AppSpec.Widget w) {
    if (w.kind() == WidgetKind.NUMBER_INPUT) {
      return w.integer() ? ValueCase.INT_VALUE : ValueCase.DOUBLE_VALUE;
    }
    return w.kind().slots().iterator().next();
  }

  /** True when the value came in the slot the widget takes. */
  static boolean fits(AppSpec.Widget w, WidgetState state) {
    return state.getValueCase() == slot(w);
  }

  /**
   * How a value reads in the app's markdown ({@code 42}, {@code false}, a selectbox's option name),
   * or what was wrong with it, so a client sees whether its value arrived in the right slot.
   */
  static String display(AppSpec.Widget w, WidgetState state) {
    if (state == null) {
      return switch (w.kind()) {
        case SLIDER, NUMBER_INPUT -> "0";
        case BUTTON, CHECKBOX -> "false";
        case TEXT_INPUT -> "";
        case SELECTBOX -> w.options().get(0);
      };
    }
    if (!fits(w, state)) {
      String what = w.kind() != WidgetKind.NUMBER_INPUT ? "a " : w.integer() ? "an int " : "a float ";
      return "(wrong type: " + slotName(state.getValueCase()) + "; " + what + w.kind().spelling() + " takes "
          + slotName(slot(w)) + ")";
    }
    return switch (w.kind()) {
      case SLIDER -> state.getDoubleArrayValue().getDataCount() == 0
          ? "0" : number(state.getDoubleArrayValue().getData(0));
      case BUTTON -> Boolean.toString(state.getTriggerValue());
      case CHECKBOX -> Boolean.toString(state.getBoolValue());
      case NUMBER_INPUT -> w.integer() ? Long.toString(state.getIntValue()) : number(state.getDoubleValue());
      case TEXT_INPUT -> state.getStringValue();
      case SELECTBOX -> state.getIntValue() >= 0 && state.getIntValue() < w.options().size()
          ? w.options().get((int) state.getIntValue())
          : "(no option " + state.getIntValue() + "; options 0.." + (w.options().size() - 1) + ")";
    };
  }

  private static String slotName(ValueCase slot) {
    return slot.name().toLowerCase(Locale.ROOT);
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
