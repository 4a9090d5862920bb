package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetStates;
import java.util.LinkedHashMap;
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

  /** How a value reads in the app's markdown, e.g. {@code 42} or {@code false}. */
  static String display(WidgetKind kind, WidgetState state) {
    if (state == null) {
      return switch (kind) {
        case SLIDER -> "0";
        case BUTTON, CHECKBOX -> "false";
        case TEXT -> "";
      };
    }
    return switch (state.getValueCase()) {
      case DOUBLE_ARRAY_VALUE -> state.getDoubleArrayValue().getDataCount() == 0
          ? "0" : number(state.getDoubleArrayValue().getData(0));
      case DOUBLE_VALUE -> number(state.getDoubleValue());
      case INT_VALUE -> Long.toString(state.getIntValue());
      case TRIGGER_VALUE -> Boolean.toString(state.getTriggerValue());
      case BOOL_VALUE -> Boolean.toString(state.getBoolValue());
      case STRING_VALUE -> state.getStringValue();
      default -> "?";
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
