package dev.gauntlet.protocol.widgets;

import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.WidgetState.ValueCase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The widget kinds Gauntlet knows: the one list scenarios, app specs, the virtual users and the
 * runtime all use. Each kind is rendered as its own Element type and its value travels in the
 * WidgetState slot Streamlit 1.39's browser client uses (a number input's slot depends on whether
 * it holds ints or floats; a selectbox sends its option's index).
 */
public enum WidgetKind {
  SLIDER(Element.SLIDER_FIELD_NUMBER, ValueCase.DOUBLE_ARRAY_VALUE),
  BUTTON(Element.BUTTON_FIELD_NUMBER, ValueCase.TRIGGER_VALUE),
  CHECKBOX(Element.CHECKBOX_FIELD_NUMBER, ValueCase.BOOL_VALUE),
  NUMBER_INPUT(Element.NUMBER_INPUT_FIELD_NUMBER, ValueCase.DOUBLE_VALUE, ValueCase.INT_VALUE),
  TEXT_INPUT(Element.TEXT_INPUT_FIELD_NUMBER, ValueCase.STRING_VALUE),
  SELECTBOX(Element.SELECTBOX_FIELD_NUMBER, ValueCase.INT_VALUE);

  private final int elementField;
  private final Set<ValueCase> slots;

  WidgetKind(int elementField, ValueCase... slots) {
    this.elementField = elementField;
    this.slots = Set.of(slots);
  }

  /** As written in scenarios and app specs: {@code slider}, {@code number_input}, ... */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Element oneof field this kind is rendered in (21 for a slider). */
  public int elementField() {
    return elementField;
  }

  /** The WidgetState value slots this kind's values may travel in. */
  public Set<ValueCase> slots() {
    return slots;
  }

  /** A button holds no value: it is clicked. */
  public boolean holdsValue() {
    return this != BUTTON;
  }

  /** Every spelling, in declaration order (for "one of ..." messages). */
  public static List<String> spellings() {
    return Arrays.stream(values()).map(WidgetKind::spelling).toList();
  }

  /** The kind spelled exactly {@code text}; empty for anything else. */
  public static Optional<WidgetKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.spelling().equals(text)).findFirst();
  }

  /** The kind a rendered Element field stands for; empty for elements that are no known widget. */
  public static Optional<WidgetKind> ofElementField(int field) {
    return Arrays.stream(values()).filter(k -> k.elementField == field).findFirst();
  }

  /** The kind within two edits of {@code text}, for a did-you-mean hint. */
  public static Optional<WidgetKind> closest(String text) {
    WidgetKind best = null;
    int bestDistance = 3;
    for (WidgetKind k : values()) {
      int d = editDistance(text.toLowerCase(Locale.ROOT), k.spelling());
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
