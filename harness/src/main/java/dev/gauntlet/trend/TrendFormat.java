package dev.gauntlet.trend;

import java.util.Locale;

/** Numbers and names as the table, junit.xml and trend.html write them. */
final class TrendFormat {

  private TrendFormat() {}

  /** 3 decimals like summary.json; counts whole; "-" for none. */
  static String value(Statistic s, Double v) {
    if (v == null) {
      return "-";
    }
    return "count".equals(s.unit()) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.3f", v);
  }

  static String signed(Statistic s, Double v) {
    if (v == null) {
      return "-";
    }
    return "count".equals(s.unit()) ? String.format(Locale.ROOT, "%+d", Math.round(v)) : String.format(Locale.ROOT, "%+.3f", v);
  }

  /** e.g. "+39.0%"; "" for none. */
  static String percent(Double p) {
    return p == null ? "" : String.format(Locale.ROOT, "%+.1f%%", p);
  }

  /** The value with its unit: "250.300 ms", "99.500%", "3", "48.000 users". */
  static String withUnit(Statistic s, Double v) {
    String text = value(s, v);
    return switch (s.unit()) {
      case "percent" -> text + "%";
      case "count", "" -> text;
      default -> text + " " + s.unit();
    };
  }

  /** The first 12 characters of a commit or hash; "unknown" for none. */
  static String shortHash(String hash) {
    return hash == null ? "unknown" : hash.substring(0, Math.min(12, hash.length()));
  }

  static String pValue(double p) {
    return String.format(Locale.ROOT, "%.3f", p);
  }
}
