package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The gate on the terminal: each scenario's newest run, one row per statistic, and the verdict line last. */
public final class GateTable {

  private static final String ROW = "%-20s %-9s %-8s %10s %10s %10s %10s %10s %8s %5s  %s";

  private GateTable() {}

  public static List<String> lines(List<GateVerdict> verdicts, GateRule rule) {
    List<String> lines = new ArrayList<>();
    String scenario = null;
    for (GateVerdict v : verdicts) {
      if (!v.scenario().equals(scenario)) {
        scenario = v.scenario();
        lines.add(String.format(Locale.ROOT, "gate %s  newest %s  commit %s  against the runs since the last change "
            + "point: fails when worse than their median by more than %s spreads (1.4826 x MAD) and than %s%% "
            + "(interaction_success: %s points; counts: 1)", scenario,
            v.newest().runId(), TrendFormat.shortHash(v.newest().gitCommit()), number(rule.sigmas()),
            number(rule.minChangePercent()), number(GateRule.SUCCESS_POINTS)));
        lines.add(String.format(Locale.ROOT, ROW, "sli", "stat", "unit", "newest", "median", "spread", "threshold",
            "change", "change %", "runs", "verdict"));
      }
      Statistic s = v.statistic();
      lines.add(String.format(Locale.ROOT, ROW, s.sli(), s.stat(), s.unit(), TrendFormat.value(s, v.value()),
          TrendFormat.value(s, v.median()), TrendFormat.value(s, v.spread()), TrendFormat.value(s, v.threshold()),
          TrendFormat.signed(s, v.change()), TrendFormat.percent(v.changePercent()),
          v.since() == null ? "-" : Integer.toString(v.baselineRuns()),
          v.regressed() ? "REGRESSED" : v.reason() == null ? v.outcome().label() : v.outcome().label() + ": " + v.reason()));
    }
    lines.add(verdict(verdicts));
    return lines;
  }

  /** "trend gate: REGRESSION: ..." naming each regressed statistic and by how much, or "trend gate: PASS (...)". */
  static String verdict(List<GateVerdict> verdicts) {
    List<GateVerdict> regressed = verdicts.stream().filter(GateVerdict::regressed).toList();
    long notJudged = verdicts.stream().filter(v -> v.outcome() == GateVerdict.Outcome.NOT_JUDGED).count();
    String counts = (verdicts.size() - notJudged) + " statistics judged, " + notJudged + " not judged";
    if (regressed.isEmpty()) {
      return "trend gate: PASS (" + counts + ")";
    }
    return "trend gate: REGRESSION: " + regressed.size() + " regressed: "
        + regressed.stream().map(GateTable::change).collect(Collectors.joining(", ")) + " (" + counts + ")";
  }

  /** e.g. "smoke ttfr_ms p95 250.300 ms, median 180.100 ms of 20 runs (+39.0%, threshold +9.005)". */
  static String change(GateVerdict v) {
    Statistic s = v.statistic();
    String percent = v.changePercent() == null ? "" : TrendFormat.percent(v.changePercent()) + ", ";
    return v.scenario() + " " + s.label() + " " + TrendFormat.withUnit(s, v.value()) + ", median "
        + TrendFormat.withUnit(s, v.median()) + " of " + v.baselineRuns() + " runs since " + v.since().runId() + " ("
        + percent + "worse by more than " + TrendFormat.withUnit(s, v.threshold()) + ")";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
