package dev.gauntlet.analysis;

import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SliStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * docs/chaos.md's per-fault join: each {@code fault} line, the virtual users it hit (placements on
 * the hit pod live at the fault, joined by runtime session id; or sessions through the hit
 * gateway), what became of them, and how long the platform took to get back.
 */
public final class FaultAnalysis {

  private FaultAnalysis() {}

  public static List<Fault> faults(List<JournalEvent> journal, Placements placements, SchedulerEvents events) {
    VuTimelines vus = VuTimelines.of(journal);
    List<Fault> faults = new ArrayList<>();
    for (JournalEvent e : journal) {
      if (e instanceof JournalEvent.Fault f) {
        faults.add(fault(f, journal, vus, placements, events));
      }
    }
    return faults;
  }

  private static Fault fault(JournalEvent.Fault line, List<JournalEvent> journal, VuTimelines vus,
      Placements placements, SchedulerEvents events) {
    long at = line.t();
    boolean dryRun = line.dryRun();
    List<FaultTarget> targets = line.targets();
    Map<Long, VuTimelines.Vu> affected = new TreeMap<>();
    boolean pods = false;
    for (FaultTarget target : targets) {
      if (FaultTarget.GATEWAY.equals(target.component())) {
        throughGateway(target, at, vus).forEach(vu -> affected.put(vu.vu, vu));
      } else if (target.component() == null || FaultTarget.RUNTIME.equals(target.component())) {
        pods = true;
        List<VuTimelines.Vu> hit = target.sessionIds() != null
            ? withSessions(target.sessionIds(), at, vus)
            : onPod(String.valueOf(target.id()), at, vus, placements);
        hit.forEach(vu -> affected.put(vu.vu, vu));
      }
    }
    int recovered = 0;
    int lost = 0;
    Histogram failover = SliStats.histogram();
    for (VuTimelines.Vu vu : affected.values()) {
      Optional<VuTimelines.Outcome> outcome = vu.firstOutcomeAfter(at);
      if (outcome.isPresent() && outcome.get().lost()) {
        lost++;
      } else if (outcome.isPresent()) {
        recovered++;
        SliStats.record(failover, outcome.get().gapMs());
      }
    }
    Long recovery = dryRun ? null // nothing was signalled: nothing to recover from
        : pods ? PlatformRecovery.podsMillis(at, targets, events) : PlatformRecovery.restartMillis(at, targets, journal);
    return new Fault(String.valueOf(line.action()), line.experiment() == null ? "" : line.experiment(), at, dryRun,
        targets,
        affected.size(), List.copyOf(affected.keySet()), recovered, lost, SliStats.of(failover), recovery);
  }

  /** Placements on the pod at {@code at} (the latest of their gateway session by then) whose vu was live. */
  static List<VuTimelines.Vu> onPod(String podId, long at, VuTimelines vus, Placements placements) {
    Map<String, Placements.Placement> current = new TreeMap<>();
    for (Placements.Placement p : placements.all()) {
      Placements.Placement seen = current.get(p.sessionId());
      if (p.placedAt() <= at && (seen == null || seen.placedAt() <= p.placedAt())) {
        current.put(p.sessionId(), p);
      }
    }
    List<VuTimelines.Vu> hit = new ArrayList<>();
    for (Placements.Placement p : current.values()) {
      if (p.podId().equals(podId)) {
        vus.byRuntimeSession(p.runtimeSessionId()).filter(vu -> vu.liveAt(at) && !hit.contains(vu)).ifPresent(hit::add);
      }
    }
    return hit;
  }

  /**
   * The vus of the runtime sessions the scheduler had on the pod when the action hit (the fault
   * line carries them): exact, where placement snapshots taken every few seconds can miss a session
   * placed and lost between two of them.
   */
  static List<VuTimelines.Vu> withSessions(List<String> sessionIds, long at, VuTimelines vus) {
    List<VuTimelines.Vu> hit = new ArrayList<>();
    for (String id : sessionIds) {
      vus.byRuntimeSession(id).filter(vu -> vu.liveAt(at) && !hit.contains(vu)).ifPresent(hit::add);
    }
    return hit;
  }

  /** Vus in a session at {@code at} whose entry point was the gateway (its URL, endpoint or port). */
  static List<VuTimelines.Vu> throughGateway(FaultTarget target, long at, VuTimelines vus) {
    List<VuTimelines.Vu> hit = new ArrayList<>();
    for (VuTimelines.Vu vu : vus.all()) {
      if (vu.liveAt(at) && GatewayMatch.matches(target, vu.entry)) {
        hit.add(vu);
      }
    }
    return hit;
  }
}
