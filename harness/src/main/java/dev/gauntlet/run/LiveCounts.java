package dev.gauntlet.run;

import dev.gauntlet.measure.JournalEvent.Interaction;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SliStats;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Running counts over journal lines, for the progress line: not the summary (that re-reads all). */
final class LiveCounts {

  private long started;
  private long done;
  private long errors;
  private final Histogram ttfr = SliStats.histogram();
  private final Histogram rerun = SliStats.histogram();

  void accept(JournalEvent e) {
    if (e instanceof SessionStarted) {
      started++;
    } else if (e instanceof SessionEnded) {
      done++;
    } else if (e instanceof Interaction i && !i.ok()) {
      errors++;
    } else if (e instanceof Interaction i) {
      SliStats.record(i instanceof JournalEvent.FirstRender ? ttfr : rerun, i.millis());
    }
  }

  /** The p95 so far of first renders ({@code ttfr}) or reruns, ms; null before the first. */
  Double p95Millis(boolean ttfrElseRerun) {
    Histogram h = ttfrElseRerun ? ttfr : rerun;
    return h.getTotalCount() == 0 ? null : SliStats.of(h).p95();
  }

  long active() {
    return Math.max(0, started - done);
  }

  long done() {
    return done;
  }

  long errors() {
    return errors;
  }

  /** {@code [  12s] active 20  done 35  errors 0  p95 ttfr 45 ms  p95 rerun 12 ms}. */
  String line(long elapsedSeconds) {
    return String.format(Locale.ROOT, "[%4ds] active %d  done %d  errors %d  p95 ttfr %s  p95 rerun %s",
        elapsedSeconds, active(), done, errors, p95(ttfr), p95(rerun));
  }

  private static String p95(Histogram h) {
    return h.getTotalCount() == 0 ? "-" : SliStats.of(h).p95() < 10
        ? String.format(Locale.ROOT, "%.1f ms", SliStats.of(h).p95())
        : Math.round(SliStats.of(h).p95()) + " ms";
  }
}
