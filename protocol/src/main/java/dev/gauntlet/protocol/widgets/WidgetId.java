package dev.gauntlet.protocol.widgets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A widget id found in a rendered element.
 *
 * @param id the full id, sent back in {@code WidgetState.id}
 * @param hashHex the 32 hex digits
 * @param userKey the key the app gave the widget; empty when Streamlit wrote {@code None}
 * @param elementField the Element oneof field the widget was found under (19 button, 21 slider, ...)
 */
public record WidgetId(String id, String hashHex, Optional<String> userKey, int elementField) {
  private static final Pattern SHAPE = Pattern.compile("\\$\\$ID-([0-9a-f]{32})-(.+)", Pattern.DOTALL);

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
}
