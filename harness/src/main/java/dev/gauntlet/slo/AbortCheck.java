package dev.gauntlet.slo;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.slo.internal.FaultWindows;
import dev.gauntlet.slo.internal.Projection;
import dev.gauntlet.slo.internal.Samples;
import dev.gauntlet.slo.internal.Scoped;
import java.util.List;
import java.util.Optional;

/**
 * Whether an {@code abortOnFail} objective can no longer be met at the run's current event rate
 * (docs/slo.md): the runner asks every second with the journal so far. {@code pod_start_ms} and
 * {@code recovery_ms} need the scheduler's events, which a running load does not have: they never abort.
 */
public final class AbortCheck {

  private AbortCheck() {}

  /** The first abortOnFail objective that can no longer be met, as a sentence naming it and its value; empty otherwise. */
  public static Optional<String> unmeetable(List<Objective> objectives, List<JournalEvent> journalSoFar,
      Placements placements, long plannedLoadMillis, long elapsedMillis) {
    Samples samples = new Samples(journalSoFar, placements, SchedulerEvents.none(), List.of());
    FaultWindows windows = FaultWindows.of(journalSoFar);
    for (Objective o : objectives) {
      if (o.abortOnFail()) {
        Optional<String> reason = Projection.unmeetable(o, Scoped.of(o, samples.of(o.sli()), windows),
            plannedLoadMillis, elapsedMillis);
        if (reason.isPresent()) {
          return reason;
        }
      }
    }
    return Optional.empty();
  }
}
