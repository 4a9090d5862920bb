package dev.gauntlet.merge;

import dev.gauntlet.measure.JournalEvent;

/**
 * One journal line on its way into a merged journal: the event, the worker that measured it (0: the
 * coordinator) and where it came from (source, then line), which orders lines of the same instant.
 */
record Entry(JournalEvent event, int worker, int source, int line) {

  /** run_started sorts first and run_ended last whatever their times; the rest by time, then origin. */
  static int compare(Entry a, Entry b) {
    int byRank = Integer.compare(rank(a.event), rank(b.event));
    if (byRank != 0) {
      return byRank;
    }
    int byTime = Long.compare(a.event.t(), b.event.t());
    if (byTime != 0) {
      return byTime;
    }
    int bySource = Integer.compare(a.source, b.source);
    return bySource != 0 ? bySource : Integer.compare(a.line, b.line);
  }

  private static int rank(JournalEvent e) {
    if (e instanceof JournalEvent.RunStarted) {
      return 0;
    }
    return e instanceof JournalEvent.RunEnded ? 2 : 1;
  }
}
