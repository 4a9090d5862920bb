package dev.gauntlet.measure;

import java.util.Collections;
import java.util.List;

/**
 * A journal read whole: its events in file order, warnings about the lines that were skipped, and
 * the load worker that measured each event ({@code workers.get(i)} for {@code events.get(i)}; 0 for a
 * line with no {@code worker}: measured by the run's own process).
 */
public record JournalContents(List<JournalEvent> events, List<String> warnings, List<Integer> workers) {

  public JournalContents {
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    workers = List.copyOf(workers);
    if (workers.size() != events.size()) {
      throw new IllegalArgumentException(workers.size() + " workers for " + events.size() + " events");
    }
  }

  /** Events measured in one process. */
  public JournalContents(List<JournalEvent> events, List<String> warnings) {
    this(events, warnings, Collections.nCopies(events.size(), 0));
  }

  /** The events of one type, in order: {@code contents.of(JournalEvent.Fault.class)}. */
  public <T extends JournalEvent> List<T> of(Class<T> type) {
    return of(events, type);
  }

  public static <T extends JournalEvent> List<T> of(List<JournalEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
