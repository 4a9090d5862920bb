package dev.gauntlet.analysis;

import dev.gauntlet.measure.JournalEvent;
import java.util.List;

/**
 * A run directory read once: its summary, the journal lines that were skipped, and what the summary
 * was computed from, so the run's other reports draw from the same reading of the files.
 */
public record RunReading(Summary summary, List<String> warnings, List<JournalEvent> events, Placements placements,
    SchedulerEvents schedulerEvents) {

  public RunReading {
    warnings = List.copyOf(warnings);
    events = List.copyOf(events);
  }

  /** The same reading with another summary (e.g. verdicts added). */
  public RunReading withSummary(Summary other) {
    return new RunReading(other, warnings, events, placements, schedulerEvents);
  }
}
