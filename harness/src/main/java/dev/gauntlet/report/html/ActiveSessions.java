package dev.gauntlet.report.html;

import dev.gauntlet.measure.JournalEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sessions in progress over time, the most at any moment of each bucket: from {@code session_started}
 * and {@code session_ended} lines (exact), else from {@code run}'s {@code progress} lines.
 */
final class ActiveSessions {

  static final String COLOUR = "#0f766e";

  private ActiveSessions() {}

  static Series of(List<JournalEvent> events, Buckets buckets) {
    List<long[]> changes = new ArrayList<>(); // {t, +1 or -1}
    List<long[]> progress = new ArrayList<>(); // {t, active}
    for (JournalEvent e : events) {
      if (e instanceof JournalEvent.SessionStarted) {
        changes.add(new long[] {e.t(), 1});
      } else if (e instanceof JournalEvent.SessionEnded) {
        changes.add(new long[] {e.t(), -1});
      } else if (e instanceof JournalEvent.Progress p) {
        progress.add(new long[] {p.t(), p.active()});
      } // other lines do not change how many sessions are open
    }
    double[] most = new double[buckets.count()];
    Arrays.fill(most, Double.NaN);
    if (!changes.isEmpty()) {
      // the journal is in write order, which is not quite time order across virtual users
      changes.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
      long open = 0;
      int filled = 0;
      for (long[] c : changes) {
        int i = buckets.index(c[0]);
        for (; filled < i; filled++) {
          most[filled] = Double.isNaN(most[filled]) ? open : most[filled]; // no change in it: what was open
        }
        most[i] = Double.isNaN(most[i]) ? open : most[i]; // what was open when the bucket began
        open = Math.max(0, open + c[1]);
        most[i] = Math.max(most[i], open);
      }
      for (; filled < most.length; filled++) {
        most[filled] = Double.isNaN(most[filled]) ? open : most[filled];
      }
    } else {
      progress.sort((a, b) -> Long.compare(a[0], b[0]));
      for (long[] p : progress) {
        int i = buckets.index(p[0]);
        most[i] = Double.isNaN(most[i]) ? p[1] : Math.max(most[i], p[1]);
      }
    }
    long[] x = new long[most.length];
    String[] tips = new String[most.length];
    for (int i = 0; i < most.length; i++) {
      x[i] = buckets.startOf(i) - buckets.startMillis();
      tips[i] = Double.isNaN(most[i]) ? null : Html.offset(x[i]) + "-" + Html.offset(x[i] + buckets.widthMillis())
          + ": at most " + Html.number(most[i]) + " active";
    }
    return new Series("active sessions", COLOUR, Series.Kind.STEP, x, most, tips);
  }
}
