package dev.gauntlet.analysis;

import dev.gauntlet.measure.JournalEvent.*;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.measure.Sli;
import dev.gauntlet.measure.SliStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/** docs/run.md's rules, from journal events and the placements snapshot to a {@link Summary}. */
public final class SummaryCalculator {

  private SummaryCalculator() {}

  /**
   * @param fallbackRunId used when the journal has no {@code run_started} (e.g. the run dir's name)
   * @param fallbackScenario likewise, e.g. from plan.json
   */
  public static Summary compute(List<JournalEvent> events, Placements placements, String fallbackRunId,
      String fallbackScenario) {
    return compute(events, placements, SchedulerEvents.none(), fallbackRunId, fallbackScenario);
  }

  /** As above, with the scheduler's events for pod cold starts and platform recovery. */
  public static Summary compute(List<JournalEvent> events, Placements placements, SchedulerEvents schedulerEvents,
      String fallbackRunId, String fallbackScenario) {
    Map<Sli, Histogram> sli = new EnumMap<>(Sli.class);
    for (Sli s : Sli.SUMMARIZED) {
      sli.put(s, SliStats.histogram());
    }
    long started = 0;
    long completed = 0;
    long lost = 0;
    long failed = 0;
    long ok = 0;
    long notOk = 0;
    Set<Long> recovered = new HashSet<>();
    List<ExperimentVerdict> experiments = new ArrayList<>();
    RunStarted runStarted = null;
    RunEnded runEnded = null;
    for (JournalEvent e : events) {
      if (e instanceof RunStarted r) {
        runStarted = runStarted == null ? r : runStarted;
      } else if (e instanceof RunEnded r) {
        runEnded = r;
      } else if (e instanceof SessionStarted) {
        started++;
      } else if (e instanceof SessionEnded s) {
        // an outcome docs/run.md does not name counts as started only
        completed += s.outcome() == SessionOutcome.COMPLETED ? 1 : 0;
        lost += s.outcome() == SessionOutcome.LOST ? 1 : 0;
        failed += s.outcome() == SessionOutcome.FAILED ? 1 : 0;
      } else if (e instanceof Interaction i && !i.ok()) {
        notOk++;
      } else if (e instanceof Interaction i) {
        ok++;
        SliStats.record(sli.get(i instanceof FirstRender ? Sli.TTFR : Sli.RERUN), i.millis());
        if (i instanceof FirstRender f) {
          placements.cold(f.sessionId())
              .ifPresent(cold -> SliStats.record(sli.get(cold ? Sli.TTFR_COLD : Sli.TTFR_WARM), f.ttfrMs()));
        }
      } else if (e instanceof Recovery r) {
        recovered.add(r.vu());
        SliStats.record(sli.get(Sli.FAILOVER), r.gapMs());
      } else if (e instanceof ExperimentEnded x) {
        experiments.add(new ExperimentVerdict(x.experiment(), x.steadyState(), x.deviatedAt(), x.t()));
      } // progress, socket_dropped, session_lost: context, not counted
    }
    Map<String, SliStats> stats = new LinkedHashMap<>();
    sli.forEach((s, h) -> stats.put(s.key(), SliStats.of(h)));
    JournalEvent head = runStarted != null ? runStarted : events.isEmpty() ? null : events.get(0);
    JournalEvent tail = runEnded != null ? runEnded : events.isEmpty() ? null : events.get(events.size() - 1);
    return new Summary(Summary.SCHEMA,
        runStarted != null && runStarted.runId() != null ? runStarted.runId() : fallbackRunId,
        runStarted != null && runStarted.scenario() != null ? runStarted.scenario() : fallbackScenario,
        instant(head), instant(tail),
        runEnded != null ? (runEnded.status() == null ? RunStatus.COMPLETED : runEnded.status()) : RunStatus.INTERRUPTED,
        runEnded != null ? runEnded.reason() : null,
        provenance(runStarted),
        new Summary.Sessions(started, completed, recovered.size(), lost, failed),
        new Summary.Interactions(ok, notOk), stats, List.of(), FaultAnalysis.faults(events, placements, schedulerEvents),
        new ColdStart(ColdStart.podsMillis(schedulerEvents), stats.get(Sli.TTFR_COLD.key()),
            stats.get(Sli.TTFR_WARM.key())),
        experiments, IdentityAnalysis.of(events));
  }

  private static Provenance provenance(RunStarted runStarted) {
    if (runStarted == null) {
      return Provenance.UNKNOWN;
    }
    return new Provenance(runStarted.gitCommit(), runStarted.scenarioSha256(), runStarted.gauntletVersion(),
        runStarted.seed());
  }

  private static String instant(JournalEvent event) {
    return event == null ? null : Instant.ofEpochMilli(event.t()).toString();
  }
}
