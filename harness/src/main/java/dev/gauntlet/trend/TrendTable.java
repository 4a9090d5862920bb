package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal's view: per scenario its runs, provenance changes and change points; then the gate's rows. */
public final class TrendTable {

  private static final String ROW = "%-20s %-9s %-8s %-30s %-12s %10s %10s %8s %8s  %s";

  private TrendTable() {}

  public static List<String> lines(Trend trend) {
    List<String> lines = new ArrayList<>();
    for (ScenarioTrend s : trend.scenarios()) {
      lines.add(String.format(Locale.ROOT, "scenario %s  %d runs  %s .. %s  %d statistics", s.scenario(), s.runs().size(),
          s.runs().get(0).startedAt(), s.newest().startedAt(), s.series().size()));
      for (ProvenanceChange p : s.provenanceChanges()) {
        lines.add(String.format(Locale.ROOT, "provenance  %s  %s %s -> %s", p.run().runId(), p.field(),
            TrendFormat.shortHash(p.before()), TrendFormat.shortHash(p.after())));
      }
      List<ChangePoint> points = s.changePoints();
      if (!points.isEmpty()) {
        lines.add(String.format(Locale.ROOT, ROW, "sli", "stat", "unit", "run", "commit", "before", "after", "change",
            "p-value", "direction"));
      }
      for (ChangePoint c : points) {
        Statistic st = c.statistic();
        lines.add(String.format(Locale.ROOT, ROW, st.sli(), st.stat(), st.unit(), c.run().runId(),
            TrendFormat.shortHash(c.gitCommit()), TrendFormat.value(st, c.before()), TrendFormat.value(st, c.after()),
            TrendFormat.percent(c.changePercent()), TrendFormat.pValue(c.pValue()), c.direction().label()));
      }
      long regressed = points.stream().filter(c -> c.direction() == Direction.REGRESSED).count();
      long improved = points.stream().filter(c -> c.direction() == Direction.IMPROVED).count();
      lines.add(String.format(Locale.ROOT, "trend: %s: %s in %d statistics over %d runs (%d regressed, %d improved)",
          s.scenario(), points.isEmpty() ? "no change point" : points.size() + (points.size() == 1 ? " change point"
              : " change points"), s.series().size(), s.runs().size(), regressed, improved));
    }
    return lines;
  }
}
