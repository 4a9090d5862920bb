package dev.gauntlet.platform.scheduler;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One app's pods and the rules that pick among them. Event-loop confined. Room counts attached
 * sessions only: a detached one holds little (the runtime keeps at most 128 and evicts the oldest),
 * and counting it would cold-start pods for tabs that were closed minutes ago.
 */
final class Pool {

  final SchedulerConfig.PoolConfig config;
  final Map<String, Pod> pods = new LinkedHashMap<>();
  /** Until then (epoch ms) no warm top-up starts: a failed pod's sessions are failing over (PodLifecycle#remove). */
  long topUpHeldUntil;

  Pool(SchedulerConfig.PoolConfig config) {
    this.config = config;
  }

  /** A ready pod already serving sessions with room left, fewest sessions first. */
  Optional<Pod> busyWithRoom(Placements placements, String excluded) {
    return pods.values().stream()
        .filter(p -> p.state == Pod.State.READY && !p.id.equals(excluded))
        .filter(p -> placements.attachedOn(p.id) > 0 && placements.attachedOn(p.id) < config.maxSessionsPerPod())
        .min(Comparator.comparingInt(p -> placements.attachedOn(p.id)));
  }

  /** A ready pod with no sessions: the warm pool. The longest-ready goes first. */
  Optional<Pod> idleReady(Placements placements, String excluded) {
    return pods.values().stream()
        .filter(p -> p.state == Pod.State.READY && !p.id.equals(excluded) && placements.attachedOn(p.id) == 0)
        .min(Comparator.comparingLong(p -> p.readyAt));
  }

  /** A starting pod whose room is not all reserved by waiting placements. */
  Optional<Pod> startingWithRoom(String excluded) {
    return pods.values().stream()
        .filter(p -> p.state == Pod.State.STARTING && !p.id.equals(excluded))
        .filter(p -> p.waiters.size() < config.maxSessionsPerPod())
        .findFirst();
  }

  /** Pods that are or will be idle and ready: ready with no sessions, starting with no waiters. */
  int idleCount(Placements placements) {
    return (int) pods.values().stream()
        .filter(p -> (p.state == Pod.State.READY && placements.attachedOn(p.id) == 0)
            || (p.state == Pod.State.STARTING && p.waiters.isEmpty()))
        .count();
  }

  /** Idle ready pods beyond the warm count whose idle time has run past {@code idleRetire}. */
  List<Pod> toRetire(Placements placements, long nowMillis) {
    int excess = idleCount(placements) - config.warm();
    if (excess <= 0) {
      return List.of();
    }
    return pods.values().stream()
        .filter(p -> p.state == Pod.State.READY && placements.attachedOn(p.id) == 0)
        .filter(p -> nowMillis - Math.max(p.lastBusyAt, p.readyAt) >= config.idleRetire().toMillis())
        .sorted(Comparator.comparingLong(p -> Math.max(p.lastBusyAt, p.readyAt)))
        .limit(excess)
        .toList();
  }

  long count(Pod.State state) {
    return pods.values().stream().filter(p -> p.state == state).count();
  }
}
