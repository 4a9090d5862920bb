package dev.gauntlet.report.html;

import java.util.Locale;

/** Escaping and number formatting for the page: every text that came from a run goes through {@link #text}. */
public final class Html {

  private Html() {}

  /** Text safe in element content and in quoted attributes (journal text may hold anything). */
  public static String text(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' '); // control characters are not allowed in HTML text
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A duration in ms for a reader: 0.8 ms, 95.1 ms, 1.25 s. */
  public static String millis(double ms) {
    if (Double.isNaN(ms)) {
      return "-";
    }
    if (ms >= 10_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
    return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
  }

  /** An offset from the run's start: 0s, 45s, 1m30s, 1h02m. */
  public static String offset(long millis) {
    long s = Math.round(millis / 1000.0);
    String sign = s < 0 ? "-" : "";
    s = Math.abs(s);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%s%dh%02dm", sign, s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return s % 60 == 0 ? sign + (s / 60) + "m" : String.format(Locale.ROOT, "%s%dm%02ds", sign, s / 60, s % 60);
    }
    return sign + s + "s";
  }

  /** A plain number: integers without decimals, others with up to 3. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** An SVG coordinate with one decimal. */
  public static String coord(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
