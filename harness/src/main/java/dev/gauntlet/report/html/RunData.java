package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.JournalEvent;
import java.time.Instant;
import java.util.List;

/**
 * What the report draws from: the summary, the journal's lines, the placements and scheduler events
 * snapshots (empty for an external target), and the run's time span.
 *
 * @param startMillis the run's start (the summary's startedAt, else the first journal line)
 * @param endMillis the run's end, at least {@code startMillis + 1}
 */
record RunData(Summary summary, List<JournalEvent> events, Placements placements, SchedulerEvents schedulerEvents,
    long startMillis, long endMillis) {

  static RunData of(Summary summary, List<JournalEvent> events, Placements placements, SchedulerEvents schedulerEvents) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (JournalEvent e : events) {
      long t = e.t();
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    long start = instant(summary.startedAt(), first == Long.MAX_VALUE ? 0 : first);
    long end = Math.max(instant(summary.endedAt(), last == Long.MIN_VALUE ? start : last), last);
    return new RunData(summary, events, placements, schedulerEvents, start, Math.max(start + 1, end));
  }

  long spanMillis() {
    return endMillis - startMillis;
  }

  Buckets buckets() {
    return Buckets.sizedTo(startMillis, endMillis);
  }

  private static long instant(String iso, long fallback) {
    try {
      return iso == null ? fallback : Instant.parse(iso).toEpochMilli();
    } catch (RuntimeException e) {
      return fallback; // a summary from elsewhere with an odd instant: the journal's times still place it
    }
  }
}
