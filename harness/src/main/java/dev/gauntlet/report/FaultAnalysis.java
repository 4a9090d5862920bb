package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
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

  public static List<Fault> faults(List<JsonNode> journal, Placements placements, SchedulerEvents events) {
    VuTimelines vus = VuTimelines.of(journal);
    List<Fault> faults = new ArrayList<>();
    for (JsonNode e : journal) {
      if (e.path("type").asText().equals("fault")) {
        faults.add(fault(e, journal, vus, placements, events));
      }
    }
    return faults;
  }

  private static Fault fault(JsonNode line, List<JsonNode> journal, VuTimelines vus, Placements placements,
      SchedulerEvents events) {
    long at = line.path("t").asLong();
    boolean dryRun = line.path("dryRun").asBoolean(false);
    List<JsonNode> targets = new ArrayList<>();
    line.path("targets").forEach(targets::add);
    Map<Long, VuTimelines.Vu> affected = new TreeMap<>();
    boolean pods = false;
    for (JsonNode target : targets) {
      if (target.path("component").asText().equals("gateway")) {
        throughGateway(target, at, vus).forEach(vu -> affected.put(number(vu), vu));
      } else if (target.path("component").asText("runtime").equals("runtime")) {
        pods = true;
        List<VuTimelines.Vu> hit = target.has("sessionIds")
            ? withSessions(target.path("sessionIds"), at, vus)
            : onPod(target.path("id").asText(), at, vus, placements);
        hit.forEach(vu -> affected.put(number(vu), vu));
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
    return new Fault(line.path("action").asText(), line.path("experiment").asText(""), at, dryRun, targets,
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
  static List<VuTimelines.Vu> withSessions(JsonNode sessionIds, long at, VuTimelines vus) {
    List<VuTimelines.Vu> hit = new ArrayList<>();
    for (JsonNode id : sessionIds) {
      vus.byRuntimeSession(id.asText()).filter(vu -> vu.liveAt(at) && !hit.contains(vu)).ifPresent(hit::add);
    }
    return hit;
  }

  /** Vus in a session at {@code at} whose entry point was the gateway (its URL, endpoint or port). */
  static List<VuTimelines.Vu> throughGateway(JsonNode target, long at, VuTimelines vus) {
    List<VuTimelines.Vu> hit = new ArrayList<>();
    for (VuTimelines.Vu vu : vus.all()) {
      if (vu.liveAt(at) && GatewayMatch.matches(target, vu.entry)) {
        hit.add(vu);
      }
    }
    return hit;
  }

  private static long number(VuTimelines.Vu vu) {
    try {
      return Long.parseLong(vu.vu);
    } catch (NumberFormatException e) {
      return vu.vu.hashCode(); // docs/run.md says vu is a number; tolerate otherwise
    }
  }
}
