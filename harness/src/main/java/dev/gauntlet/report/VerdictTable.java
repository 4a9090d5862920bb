package dev.gauntlet.report;

import dev.gauntlet.analysis.ExperimentVerdict;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verdict as the terminal shows it after the summary table: one row per objective, one per
 * chaos experiment, then the {@code verdict:} line (what {@code gate}'s exit code says).
 */
public final class VerdictTable {

  /** A run's verdict: {@code gate} exits 0, 1 and 2 on these. */
  public enum Verdict { PASS, FAIL, ERROR }

  private VerdictTable() {}

  /** ERROR when the run ended in error or was interrupted; FAIL when aborted, an objective missed or an experiment deviated. */
  public static Verdict verdict(Summary s) {
    if (s.status() != RunStatus.COMPLETED && s.status() != RunStatus.ABORTED) {
      return Verdict.ERROR;
    }
    boolean failed = s.status() == RunStatus.ABORTED || s.slos().stream().anyMatch(v -> !v.met())
        || s.experiments().stream().anyMatch(VerdictTable::deviated);
    return failed ? Verdict.FAIL : Verdict.PASS;
  }

  public static List<String> lines(Summary s) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("slo", "scope", "measured", "objective", "budget", "burn s/f", "verdict"));
    for (SloVerdict v : s.slos()) {
      rows.add(row(v.name(), v.scope() + (v.app() == null ? "" : " " + v.app()), measured(v), v.objective(),
          budget(v), burn(v), (v.met() ? "met" : "MISSED") + (v.note() == null ? "" : " (" + v.note() + ")")));
    }
    long start = s.startedAt() == null ? 0 : Instant.parse(s.startedAt()).toEpochMilli();
    for (ExperimentVerdict x : s.experiments()) {
      rows.add(row(x.name(), "chaos", "-", "steady state holds", "-", "-", deviated(x)
          ? String.format(Locale.ROOT, "DEVIATED%s", x.deviatedAt() == null ? "" : String.format(Locale.ROOT,
              " at %.1fs", (x.deviatedAt() - start) / 1000.0))
          : x.steadyState()));
    }
    List<String> lines = align(rows);
    lines.add(verdictLine(s));
    return lines;
  }

  /** {@code verdict: PASS (3 of 3 objectives met)}, {@code verdict: FAIL: 1 of 3 objectives missed: ...}. */
  public static String verdictLine(Summary s) {
    List<SloVerdict> missed = s.slos().stream().filter(v -> !v.met()).toList();
    List<ExperimentVerdict> deviated = s.experiments().stream().filter(VerdictTable::deviated).toList();
    int slos = s.slos().size();
    int experiments = s.experiments().size();
    switch (verdict(s)) {
      case ERROR:
        return "verdict: ERROR: the run " + (s.status() == RunStatus.INTERRUPTED ? "was interrupted" : "ended in " + s.status())
            + (s.statusReason() == null ? "" : ": " + s.statusReason());
      case PASS:
        return "verdict: PASS (" + slos + " of " + slos + " objectives met"
            + (experiments == 0 ? "" : ", " + experiments + " of " + experiments + " experiments held") + ")";
      default:
        List<String> why = new ArrayList<>();
        if (s.status() == RunStatus.ABORTED) {
          why.add(RunStatus.ABORTED.text() + (s.statusReason() == null ? "" : ": " + s.statusReason()));
        }
        if (!missed.isEmpty()) {
          why.add(missed.size() + " of " + slos + " objectives missed: " + missed.stream()
              .map(v -> v.name() + " (" + (v.measured() == null ? "no samples" : "measured " + measured(v))
                  + (v.note() == null ? "" : "; " + v.note()) + ")")
              .collect(Collectors.joining(", ")));
        }
        if (!deviated.isEmpty()) {
          why.add(deviated.size() + " of " + experiments + " experiments deviated: "
              + deviated.stream().map(ExperimentVerdict::name).collect(Collectors.joining(", ")));
        }
        return "verdict: FAIL: " + String.join("; ", why);
    }
  }

  /** The measured value with its unit, compact: {@code 95.1 ms}, {@code 99.58%}, {@code 3}. */
  public static String measured(SloVerdict v) {
    if (v.measured() == null) {
      return "-";
    }
    String n = compact(v.measured());
    return switch (String.valueOf(v.unit())) {
      case "ms" -> n + " ms";
      case "percent" -> n + "%";
      default -> n;
    };
  }

  static boolean deviated(ExperimentVerdict x) {
    return !"held".equals(x.steadyState());
  }

  private static String budget(SloVerdict v) {
    if (v.budget() == null) {
      return "-";
    }
    SloVerdict.Budget b = v.budget();
    return b.consumedPercent() == null ? b.consumed() + " of 0" : compact(b.consumedPercent()) + "%";
  }

  private static String burn(SloVerdict v) {
    if (v.budget() == null || v.budget().burnRate() == null) {
      return "-";
    }
    return rate(v.budget().burnRate().steady()) + "/" + rate(v.budget().burnRate().fault());
  }

  private static String rate(Double r) {
    return r == null ? "-" : String.format(Locale.ROOT, "%.2f", r);
  }

  private static String compact(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  /** Columns as wide as their widest cell; numbers right-aligned, the rest left. */
  private static List<String> align(List<List<String>> rows) {
    int[] width = new int[rows.get(0).size()];
    rows.forEach(r -> {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    });
    List<String> lines = new ArrayList<>();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        boolean right = i == 2 || i == 4; // measured, budget
        String cell = r.get(i);
        line.append(i == r.size() - 1 ? cell : right ? pad(cell, width[i], true) + "  " : pad(cell, width[i], false) + "  ");
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
