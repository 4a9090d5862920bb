package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.SliStats;

/** Failover per fault: who was hit, who came back and how fast, and when the platform was whole again. */
final class FaultSection {

  private FaultSection() {}

  static String html(RunData run) {
    Summary s = run.summary();
    StringBuilder out = new StringBuilder("<section id=\"faults\"><h2>Failover per fault</h2>");
    if (s.faults().isEmpty()) {
      return out.append("<p class=\"empty\">No faults: the scenario has no <code>chaos:</code> section.</p></section>")
          .toString();
    }
    Table t = new Table("faults", "#", "at", "fault", "experiment", "affected", "recovered", "lost", "failover p50",
        "failover p95", "failover max", "platform recovered");
    int k = 1;
    for (Fault f : s.faults()) {
      SliStats gap = f.failoverMillis() == null ? SliStats.EMPTY : f.failoverMillis();
      boolean none = gap.count() == 0;
      t.row(k++, Html.offset(f.at() - run.startMillis()), FaultMarks.label(f), f.experiment(), f.affectedSessions(),
          f.recovered(), f.lost() > 0 ? Table.badge(Long.toString(f.lost()), "bad") : "0",
          none ? "-" : Html.millis(gap.p50()), none ? "-" : Html.millis(gap.p95()), none ? "-" : Html.millis(gap.max()),
          f.recoveryMillis() == null ? "unknown" : "after " + Html.millis(f.recoveryMillis()));
    }
    return out.append(t.html()).append("<p class=\"hint\">Affected: sessions on the hit pod (or through the hit ")
        .append("gateway) at that moment. Recovered: their next outcome was a failover or reconnect; lost: not back ")
        .append("within the recovery deadline.</p></section>").toString();
  }
}
