package dev.gauntlet.platform.runtime;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The widget kinds an app spec may declare, each with the WidgetState value it carries. */
public enum WidgetKind {
  /** double_array_value; rendered as a Slider element. */
  SLIDER,
  /** trigger_value; rendered as a Button element, true only in the run it triggered. */
  BUTTON,
  /** string_value; rendered as a Button element whose type is {@code text}. */
  TEXT,
  /** bool_value; rendered as a Button element whose type is {@code checkbox}. */
  CHECKBOX;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WidgetKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.spelling().equals(text)).findFirst();
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

  static int editDistance(String a, String b) {
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
