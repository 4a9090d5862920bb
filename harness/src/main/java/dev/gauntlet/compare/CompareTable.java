package dev.gauntlet.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A comparison as the terminal shows it: provenance header, one row per statistic, a last result line. */
public final class CompareTable {

  private static final String ROW = "%-20s %-5s %-7s %10s %10s %10s %8s %13s  %s";

  private CompareTable() {}

  public static List<String> lines(Comparison comparison) {
    List<String> lines = new ArrayList<>();
    lines.add(side("baseline", comparison.baseline()));
    lines.add(side("current", comparison.current()));
    lines.add("noise     " + comparison.floor().describe());
    lines.add(String.format(Locale.ROOT, ROW, "sli", "stat", "unit", "baseline", "current", "delta", "delta %",
        "samples", "verdict"));
    for (Row r : comparison.rows()) {
      lines.add(String.format(Locale.ROOT, ROW, r.sli(), r.stat(), r.unit(), value(r, r.baseline()), value(r, r.current()),
          signed(r, r.delta()), r.deltaPercent() == null ? "" : String.format(Locale.ROOT, "%+.1f%%", r.deltaPercent()),
          samples(r.baselineSamples()) + "/" + samples(r.currentSamples()), verdict(r)));
    }
    lines.add(result(comparison));
    return lines;
  }

  public static String render(Comparison comparison) {
    return String.join(System.lineSeparator(), lines(comparison));
  }

  /** "compare: REGRESSION: ..." naming each regressed statistic, or "compare: no regression (...)". */
  static String result(Comparison c) {
    String counts = String.format(Locale.ROOT, "%d improved, %d within noise, %d no data", c.count(Verdict.IMPROVED),
        c.count(Verdict.WITHIN_NOISE), c.count(Verdict.NO_DATA));
    if (!c.regressed()) {
      return "compare: no regression (" + counts + ")";
    }
    String named = c.regressions().stream().map(CompareTable::change).collect(Collectors.joining(", "));
    return "compare: REGRESSION: " + c.regressions().size() + " of " + c.rows().size() + " regressed: " + named
        + " (" + counts + ")";
  }

  /** e.g. "ttfr_ms p99 320.767 -> 410.200 ms (+27.9%)". */
  static String change(Row r) {
    String unit = switch (r.unit()) {
      case "ms" -> " ms";
      case "percent" -> "%";
      default -> "";
    };
    String text = r.label() + " " + value(r, r.baseline()) + " -> " + value(r, r.current()) + unit;
    return r.deltaPercent() == null ? text : text + String.format(Locale.ROOT, " (%+.1f%%)", r.deltaPercent());
  }

  private static String side(String role, RunSide s) {
    return String.format(Locale.ROOT, "%-9s %s  scenario %s  status %s  commit %s  scenario sha256 %s  gauntlet %s",
        role, s.name(), known(s.scenario()), known(s.status()), shortHash(s.gitCommit()), shortHash(s.scenarioSha256()),
        known(s.gauntletVersion()));
  }

  private static String value(Row r, Double v) {
    if (v == null) {
      return "-";
    }
    return "count".equals(r.unit()) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String signed(Row r, Double v) {
    if (v == null) {
      return "";
    }
    return "count".equals(r.unit()) ? String.format(Locale.ROOT, "%+d", Math.round(v)) : String.format(Locale.ROOT, "%+.3f", v);
  }

  /** e.g. "no data: too few samples beyond p99 (120 x 1% = 1.2 < --min-tail 10)": the reason beside the verdict. */
  private static String verdict(Row r) {
    return r.reason() == null ? r.verdict().label() : r.verdict().label() + ": " + r.reason();
  }

  private static String samples(Long n) {
    return n == null ? "-" : Long.toString(n);
  }

  private static String shortHash(String hash) {
    return hash == null ? "unknown" : hash.substring(0, Math.min(12, hash.length()));
  }

  private static String known(String text) {
    return text == null ? "unknown" : text;
  }
}
