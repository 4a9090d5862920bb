package dev.gauntlet.protocol.widgets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A widget id found in a rendered element, with what the element says about the values it takes.
 *
 * @param id the full id, sent back in {@code WidgetState.id}
 * @param hashHex the 32 hex digits
 * @param userKey the key the app gave the widget; empty when Streamlit wrote {@code None}
 * @param elementField the Element oneof field the widget was found under (19 button, 21 slider, ...)
 * @param integer a number input whose data type is int (its values travel in {@code int_value})
 * @param options a selectbox's options, in order (its value is the chosen one's index)
 */
public record WidgetId(String id, String hashHex, Optional<String> userKey, int elementField,
    boolean integer, List<String> options) {
  private static final Pattern SHAPE = Pattern.compile("\\$\\$ID-([0-9a-f]{32})-(.+)", Pattern.DOTALL);

  public WidgetId {
    options = List.copyOf(options);
  }

  public WidgetId(String id, String hashHex, Optional<String> userKey, int elementField) {
    this(id, hashHex, userKey, elementField, false, List.of());
  }

  /** Parses a string of the widget-id shape, or empty when it is not one. */
  public static Optional<WidgetId> parse(String candidate, int elementField) {
    Matcher m = SHAPE.matcher(candidate);
    if (!m.matches()) {
      return Optional.empty();
    }
    String key = m.group(2);
    return Optional.of(new WidgetId(candidate, m.group(1),
        "None".equals(key) ? Optional.empty() : Optional.of(key), elementField));
  }

  /** True if the string has the widget-id shape (cheap prefix check first). */
  public static boolean looksLikeId(String candidate) {
    return candidate.startsWith("$$ID-") && SHAPE.matcher(candidate).matches();
  }

  /** The kind of widget the element it was found in renders; empty for an element no kind knows. */
  public Optional<WidgetKind> kind() {
    return WidgetKind.ofElementField(elementField);
  }

  /** The same id with the value form its element declares (a number input's type, a selectbox's options). */
  public WidgetId withForm(boolean integer, List<String> options) {
    return new WidgetId(id, hashHex, userKey, elementField, integer, options);
  }
}
