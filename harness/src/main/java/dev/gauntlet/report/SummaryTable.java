package dev.gauntlet.report;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.SliStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary as the terminal shows it at the end of a run (and {@code summarize} prints it). */
public final class SummaryTable {

  private static final String ROW = "%-14s %7s %10s %10s %10s %10s";

  private SummaryTable() {}

  public static List<String> lines(Summary s) {
    List<String> lines = new ArrayList<>();
    lines.add("run " + s.runId() + "  scenario " + s.scenario() + "  status " + s.status());
    Summary.Sessions n = s.sessions();
    lines.add(String.format(Locale.ROOT, "%-14s started %d  completed %d  recovered %d  lost %d  failed %d",
        "sessions", n.started(), n.completed(), n.recovered(), n.lost(), n.failed()));
    lines.add(String.format(Locale.ROOT, "%-14s ok %d  failed %d", "interactions", s.interactions().ok(),
        s.interactions().failed()));
    lines.add(String.format(Locale.ROOT, ROW, "sli", "count", "p50", "p95", "p99", "max"));
    for (Map.Entry<String, SliStats> e : s.sli().entrySet()) {
      SliStats v = e.getValue();
      lines.add(String.format(Locale.ROOT, ROW, e.getKey(), v.count(), ms(v.p50()), ms(v.p95()), ms(v.p99()), ms(v.max())));
    }
    lines.addAll(ChaosTable.lines(s));
    lines.addAll(IdentityTable.lines(s));
    return lines;
  }

  public static String render(Summary s) {
    return String.join(System.lineSeparator(), lines(s));
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
