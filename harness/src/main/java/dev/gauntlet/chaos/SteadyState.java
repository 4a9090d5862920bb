package dev.gauntlet.chaos;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.ProbeReading;
import dev.gauntlet.slo.SloEvaluator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Judges probes over the journal's last window: follows the journal (each check reads only what
 * was appended since the one before) and keeps the events of the longest window. Mutable; a
 * check at a time.
 */
public final class SteadyState {

  private final JournalReader reader;
  private final Deque<JournalEvent> recent = new ArrayDeque<>();

  private SteadyState(Path journal) {
    this.reader = journal == null ? null : JournalReader.follow(journal);
  }

  /** Probes over {@code journal} (null: none, every probe sees an empty window). */
  public static SteadyState following(Path journal) {
    return new SteadyState(journal);
  }

  public synchronized List<ProbeReading> check(List<Probe> probes, long nowMillis) {
    Duration longest = probes.stream().map(Probe::window).max(Duration::compareTo).orElse(Duration.ZERO);
    readNew(nowMillis - longest.toMillis());
    List<ProbeReading> readings = new ArrayList<>();
    for (Probe p : probes) {
      long since = nowMillis - p.window().toMillis();
      List<JournalEvent> window = recent.stream().filter(e -> e.t() >= since).toList();
      SloVerdict v = SloEvaluator.evaluate(List.of(p.objective()), window, Placements.none(), SchedulerEvents.none(),
          List.of()).get(0);
      readings.add(new ProbeReading(p.name(), v.measured(), v.met()));
    }
    return readings;
  }

  private void readNew(long keepSince) {
    if (reader != null) {
      try {
        recent.addAll(reader.poll());
      } catch (IOException e) {
        // a journal that cannot be read now is read again at the next check
      }
    }
    while (!recent.isEmpty() && recent.peekFirst().t() < keepSince) {
      recent.removeFirst();
    }
  }
}
