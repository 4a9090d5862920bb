package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.ServiceProcess;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Pod lifecycle events: numbered, logged as a line, appended to events.jsonl, kept for the API. */
final class EventLog {

  /** Enough for hours of churn; older events stay in events.jsonl. */
  private static final int KEPT = 100_000;

  private final Deque<Event> events = new ArrayDeque<>();
  private final StateStore store;
  private final Consumer<Event> listener;
  private long seq;

  EventLog(StateStore store, Consumer<Event> listener) {
    this.store = store;
    this.listener = listener;
  }

  /** Loads events a previous scheduler wrote; numbering continues after them. */
  void restore(List<Event> earlier) {
    for (Event e : earlier) {
      keep(e);
      seq = Math.max(seq, e.seq());
    }
  }

  Event append(long at, String type, Pod pod, String detail) {
    Event e = new Event(++seq, at, type, pod.id, pod.app, detail == null ? "" : detail);
    keep(e);
    store.appendEvent(e);
    listener.accept(e);
    ServiceProcess.log("scheduler", "event " + type + " pod=" + pod.id + " app=" + pod.app
        + (e.detail().isEmpty() ? "" : " detail=" + e.detail()));
    return e;
  }

  List<Event> since(long sinceMillis) {
    return events.stream().filter(e -> e.at() >= sinceMillis).toList();
  }

  private void keep(Event e) {
    events.addLast(e);
    if (events.size() > KEPT) {
      events.removeFirst();
    }
  }
}
