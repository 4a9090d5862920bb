package dev.gauntlet.run;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.SloEvaluator;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Judges one capacity step over its judged window only: the journal's events in [from, to] give the
 * objectives' verdicts, the throughput (interactions a second), the mean active sessions and the p95
 * of first renders and reruns together. The warm-up before {@code from} is never judged.
 */
final class StepJudge {

  /** What a step was: its level and phase, when it ran, and why it stopped early (null when it did not). */
  record StepRun(int index, double level, String phase, long startedAt, long judgedFrom, long judgedTo,
      String stoppedBecause) {}

  /** What the deployment used during the step: pods in use, gateways, CPU seconds by process. */
  record Resources(int pods, int gateways, Map<String, Double> cpuSeconds) {

    static Resources none() {
      return new Resources(0, 0, Map.of());
    }
  }

  private StepJudge() {}

  static Capacity.Step judge(StepRun step, List<JournalEvent> journal, Placements placements,
      List<Objective> objectives, Resources used) {
    List<JournalEvent> window = journal.stream().filter(e -> e.t() >= step.judgedFrom() && e.t() <= step.judgedTo()).toList();
    double seconds = Math.max(0.001, (step.judgedTo() - step.judgedFrom()) / 1000.0);
    long interactions = window.stream().filter(e -> e instanceof JournalEvent.Interaction).count();
    Histogram latency = SliStats.histogram();
    for (JournalEvent e : window) {
      if (e instanceof JournalEvent.Interaction i && i.ok()) {
        SliStats.record(latency, i.millis());
      }
    }
    SliStats stats = SliStats.of(latency);
    double active = concurrency(step, journal);
    List<SloVerdict> verdicts = SloEvaluator.evaluate(objectives, window, placements, SchedulerEvents.none(), List.of());
    List<Capacity.Objective> readings = verdicts.stream()
        .map(v -> new Capacity.Objective(v.name(), v.measured(), v.unit(), v.samples(), v.met())).toList();
    boolean held = step.stoppedBecause() == null && verdicts.stream().allMatch(SloVerdict::met);
    String reason = step.stoppedBecause() != null ? step.stoppedBecause() : held ? null
        : "missed: " + String.join(", ", verdicts.stream().filter(v -> !v.met()).map(v -> v.name()
            + (v.measured() == null ? " (no samples)" : " (measured " + round(v.measured()) + " " + v.unit() + ")")).toList());
    return new Capacity.Step(step.index(), step.level(), step.phase(), step.startedAt(), step.judgedFrom(), step.judgedTo(),
        round(interactions / seconds), round(active),
        window.stream().filter(e -> e instanceof JournalEvent.SessionStarted).count(),
        stats.count() == 0 ? null : round(stats.p95()), readings, held ? Capacity.Step.HELD : Capacity.Step.BROKE,
        step.stoppedBecause() != null, reason, used.pods(), used.gateways(), used.cpuSeconds());
  }

  /**
   * Mean sessions open during the judged window: each session of this step (a vu is unique within one
   * step's load) counts for the part of the window between its start and its end (or the window's end:
   * a session cut short by a stop never ends). Earlier steps' events are not this step's.
   */
  static double concurrency(StepRun step, List<JournalEvent> journal) {
    java.util.Map<Long, long[]> sessions = new java.util.HashMap<>();
    for (JournalEvent e : journal) {
      if (e.t() < step.startedAt() || e.t() > step.judgedTo()) {
        continue;
      }
      if (e instanceof JournalEvent.SessionStarted s) {
        sessions.putIfAbsent(s.vu(), new long[] {s.t(), Long.MAX_VALUE});
      } else if (e instanceof JournalEvent.SessionEnded s && sessions.containsKey(s.vu())) {
        sessions.get(s.vu())[1] = s.t();
      }
    }
    long windowMillis = step.judgedTo() - step.judgedFrom();
    if (windowMillis <= 0) {
      return 0;
    }
    long open = 0;
    for (long[] span : sessions.values()) {
      open += Math.max(0, Math.min(span[1], step.judgedTo()) - Math.max(span[0], step.judgedFrom()));
    }
    return (double) open / windowMillis;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
