package dev.gauntlet.load;

import dev.gauntlet.protocol.widgets.WidgetKind;
import java.util.List;

/**
 * Which widget an interaction drives and with which value: interaction i drives widget
 * {@code i % widgets}, taking that widget's next value in turn; a button is always clicked.
 */
public final class WidgetRotation {

  private WidgetRotation() {}

  /** One step: the widget and its value (true for a button). */
  public record Step(Plan.Widget widget, Object value) {}

  /** The step of interaction {@code index} (0-based), or null when the app drives no widget. */
  public static Step step(List<Plan.Widget> widgets, int index) {
    if (widgets == null || widgets.isEmpty()) {
      return null;
    }
    Plan.Widget widget = widgets.get(index % widgets.size());
    int turn = index / widgets.size();
    List<Object> values = widget.values();
    if (WidgetKind.BUTTON.spelling().equals(widget.kind()) || values == null || values.isEmpty()) {
      return new Step(widget, Boolean.TRUE);
    }
    return new Step(widget, values.get(turn % values.size()));
  }
}
