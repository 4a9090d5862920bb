package dev.gauntlet.report.html;

import dev.gauntlet.measure.JournalEvent;
import java.util.List;

/** The charts over the run's time, each with the faults marked: latencies, active sessions, pods, failover gaps. */
final class ChartsSection {

  static final TimeChart TTFR = new TimeChart("chart-ttfr", "Time to first render (p50 / p95 / p99 per bucket)", "ms",
      "no successful first render");
  static final TimeChart RERUN = new TimeChart("chart-rerun", "Rerun latency (p50 / p95 / p99 per bucket)", "ms",
      "no successful rerun");
  static final TimeChart ACTIVE = new TimeChart("chart-active", "Active sessions (most at once per bucket)", "sessions",
      "no session lines in the journal");
  static final TimeChart PODS = new TimeChart("chart-pods", "Ready runtime pods per app", "pods",
      "no events.json (an external target has no scheduler to ask)");
  static final TimeChart FAILOVER = new TimeChart("chart-failover", "Failover gaps (each recovered session)", "ms",
      "no session failed over or reconnected");

  private ChartsSection() {}

  static String html(RunData run) {
    Buckets b = run.buckets();
    long span = run.spanMillis();
    List<FaultMarks.Mark> marks = FaultMarks.of(run.summary(), run.startMillis());
    StringBuilder out = new StringBuilder(32_768);
    out.append("<section id=\"timeline\"><h2>Over time</h2><p class=\"hint\">")
        .append(b.count()).append(" buckets of ").append(Html.text(b.widthMillis() < 1_000 ? b.widthMillis() + " ms"
            : Html.offset(b.widthMillis())))
        .append("; time from the run's start").append(Html.text(loadStart(run)))
        .append(". Latencies are placed when the render or rerun finished. Hover a point for its numbers.</p>");
    out.append(TTFR.html(LatencySeries.of(run.events(), b, JournalEvent.FirstRender.class), span, marks));
    out.append(RERUN.html(LatencySeries.of(run.events(), b, JournalEvent.Rerun.class), span, marks));
    out.append(ACTIVE.html(List.of(ActiveSessions.of(run.events(), b)), span, marks));
    out.append(PODS.html(PodsReady.of(run.schedulerEvents(), b), span, marks));
    out.append(FAILOVER.html(List.of(FailoverGaps.of(run.events(), b)), span, marks));
    return out.append("</section>").toString();
  }

  /** ", load began at 18s": the deployment's start-up comes first, and fault offsets count from the run's start. */
  private static String loadStart(RunData run) {
    return run.events().stream().filter(e -> e instanceof JournalEvent.SessionStarted)
        .mapToLong(JournalEvent::t).min()
        .stream().mapToObj(t -> " (the deployment's start-up included; load began at " + Html.offset(t - run.startMillis())
            + ")").findFirst().orElse("");
  }
}
