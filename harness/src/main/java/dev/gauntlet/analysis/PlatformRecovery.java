package dev.gauntlet.analysis;

import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * docs/chaos.md's recovery_ms: fault -> the first {@code ready} event that brings the hit apps'
 * ready pods (the hit ones not counted) back to the count before the fault; for a gateway or
 * scheduler, fault -> the deployment's {@code restart} journal line for it. Null when neither came.
 */
final class PlatformRecovery {

  private static final Set<String> JOINS_READY = Set.of("ready", "adopted");

  private PlatformRecovery() {}

  static Long podsMillis(long at, List<FaultTarget> targets, SchedulerEvents events) {
    Set<String> hitPods = new HashSet<>();
    Set<String> apps = new HashSet<>();
    for (FaultTarget target : targets) {
      hitPods.add(String.valueOf(target.id()));
      apps.add(target.app() == null ? "" : target.app());
    }
    Map<String, Set<String>> ready = new HashMap<>();
    Map<String, Integer> before = null;
    for (SchedulerEvents.Event e : events.all()) {
      if (before == null && e.at() > at) {
        before = counts(ready, apps, Set.of());
      }
      Set<String> pods = ready.computeIfAbsent(e.app(), a -> new HashSet<>());
      if (JOINS_READY.contains(e.type())) {
        pods.add(e.pod());
      } else if (e.leavesReady()) {
        pods.remove(e.pod());
      }
      if (before != null && e.type().equals("ready") && apps.contains(e.app())
          && backToSize(counts(ready, apps, hitPods), before)) {
        return e.at() - at;
      }
    }
    return null;
  }

  static Long restartMillis(long at, List<FaultTarget> targets, List<JournalEvent> journal) {
    for (JournalEvent e : journal) {
      if (e.t() < at || !(e instanceof JournalEvent.Restart restart)) {
        continue;
      }
      for (FaultTarget target : targets) {
        boolean sameComponent = Objects.equals(restart.component(), target.component());
        boolean sameId = restart.id() == null || target.id() == null || restart.id().equals(target.id());
        if (sameComponent && sameId) {
          return e.t() - at;
        }
      }
    }
    return null;
  }

  private static Map<String, Integer> counts(Map<String, Set<String>> ready, Set<String> apps, Set<String> except) {
    Map<String, Integer> counts = new HashMap<>();
    for (String app : apps) {
      Set<String> pods = new HashSet<>(ready.getOrDefault(app, Set.of()));
      pods.removeAll(except);
      counts.put(app, pods.size());
    }
    return counts;
  }

  private static boolean backToSize(Map<String, Integer> now, Map<String, Integer> before) {
    return before.entrySet().stream().allMatch(b -> now.getOrDefault(b.getKey(), 0) >= b.getValue());
  }
}
