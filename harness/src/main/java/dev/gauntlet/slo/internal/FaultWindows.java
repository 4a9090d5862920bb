package dev.gauntlet.slo.internal;

import dev.gauntlet.measure.JournalEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The instants of a journal's non-dry-run faults, and whether a sample falls in a window after one. */
public final class FaultWindows {

  private final List<Long> faultMillis;

  private FaultWindows(List<Long> faultMillis) {
    this.faultMillis = List.copyOf(faultMillis);
  }

  /** The {@code fault} lines of the journal; a dry run signalled nothing, so it opens no window. */
  public static FaultWindows of(List<JournalEvent> journal) {
    List<Long> at = new ArrayList<>();
    for (JournalEvent e : journal) {
      if (e instanceof JournalEvent.Fault f && !f.dryRun()) {
        at.add(f.t());
      }
    }
    return new FaultWindows(at);
  }

  /** True when the sample's span {@code [start, end]} overlaps some {@code [fault, fault + window]}. */
  public boolean inFault(Sample s, Duration window) {
    long length = window.toMillis();
    for (long at : faultMillis) {
      if (s.startMillis() <= at + length && s.endMillis() >= at) {
        return true;
      }
    }
    return false;
  }

  public List<Long> faultMillis() {
    return faultMillis;
  }
}
