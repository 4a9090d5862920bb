package dev.gauntlet.protocol.rerun;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The value slot a widget's state travels in, with the widget names a scenario may use for it
 * ({@code kind: double_array} or {@code kind: slider}).
 */
public enum WidgetKind {
  DOUBLE_ARRAY("slider", "double_array"),
  TRIGGER("button", "trigger"),
  BOOL("checkbox", "toggle", "bool"),
  STRING("text", "text_input", "string"),
  DOUBLE("number", "double"),
  INT("int", "integer");

  private final String[] names;

  WidgetKind(String... names) {
    this.names = names;
  }

  /** Parses a kind by any of its names, case-insensitively; the error lists the accepted names. */
  public static WidgetKind parse(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (WidgetKind kind : values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(wanted) || Arrays.asList(kind.names).contains(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown widget kind '" + name + "'; expected one of "
        + Arrays.stream(values()).map(k -> String.join("|", k.names)).collect(Collectors.joining(", ")));
  }
}
