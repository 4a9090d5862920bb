package dev.gauntlet.slo;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.slo.internal.FaultWindows;
import dev.gauntlet.slo.internal.Judge;
import dev.gauntlet.slo.internal.Samples;
import dev.gauntlet.slo.internal.Scoped;
import java.util.List;

/**
 * Judges objectives against what a run measured (docs/slo.md): each objective's SLI samples from the
 * journal (the scheduler's events for {@code pod_start_ms}, the faults' recovery for
 * {@code recovery_ms}), limited to its app and scope (steady or fault windows after each fault line
 * that was not a dry run), then its percentile, ratio or count against the threshold.
 */
public final class SloEvaluator {

  private SloEvaluator() {}

  /** One verdict per objective, in order. */
  public static List<SloVerdict> evaluate(List<Objective> objectives, List<JournalEvent> journal,
      Placements placements, SchedulerEvents events, List<Fault> faults) {
    Samples samples = new Samples(journal, placements, events, faults);
    FaultWindows windows = FaultWindows.of(journal);
    return objectives.stream().map(o -> Judge.verdict(o, Scoped.of(o, samples.of(o.sli()), windows))).toList();
  }
}
