package dev.gauntlet.measure;

import java.util.List;

/** A journal read whole: its events in file order, and warnings about the lines that were skipped. */
public record JournalContents(List<JournalEvent> events, List<String> warnings) {

  public JournalContents {
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }

  /** The events of one type, in order: {@code contents.of(JournalEvent.Fault.class)}. */
  public <T extends JournalEvent> List<T> of(Class<T> type) {
    return of(events, type);
  }

  public static <T extends JournalEvent> List<T> of(List<JournalEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
