package dev.gauntlet.report.html;

import dev.gauntlet.analysis.ColdStart;
import dev.gauntlet.measure.SliStats;

/** Cold vs warm: the two TTFR distributions and their percentiles, and how long pods took to start. */
final class ColdWarmSection {

  private ColdWarmSection() {}

  static String html(RunData run) {
    StringBuilder out = new StringBuilder("<section id=\"cold-warm\"><h2>Cold vs warm starts</h2>");
    out.append(DistributionChart.html(ColdWarm.of(run.events(), run.placements())));
    ColdStart c = run.summary().coldStart();
    if (c != null) {
      Table t = new Table("sli", "", "count", "p50", "p95", "p99", "max");
      row(t, "first render, cold placement", c.ttfrColdMillis());
      row(t, "first render, warm placement", c.ttfrWarmMillis());
      row(t, "pod created to ready", c.podsMillis());
      out.append(t.html());
    }
    return out.append("</section>").toString();
  }

  private static void row(Table t, String name, SliStats v) {
    if (v == null || v.count() == 0) {
      t.row(name, 0, "-", "-", "-", "-");
      return;
    }
    t.row(name, v.count(), Html.millis(v.p50()), Html.millis(v.p95()), Html.millis(v.p99()), Html.millis(v.max()));
  }
}
