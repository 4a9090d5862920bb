package dev.gauntlet.platform.scheduler;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Placement changes, each applied to the live index, appended to placements.jsonl and counted. */
final class PlacementBook {

  private final Placements live = new Placements();
  private final StateStore store;
  private final SchedulerMetrics metrics;
  private final Map<String, Pool> pools;
  private final Clock clock;

  PlacementBook(StateStore store, SchedulerMetrics metrics, Map<String, Pool> pools, Clock clock) {
    this.store = store;
    this.metrics = metrics;
    this.pools = pools;
    this.clock = clock;
  }

  Placements live() {
    return live;
  }

  /** A new placement: the answer to a request. */
  void record(Placement p) {
    update(p);
    metrics.placed(p);
  }

  void update(Placement p) {
    live.put(p);
    store.appendPlacement("place", p);
    touch(p);
  }

  Optional<Placement> drop(String sessionId) {
    Optional<Placement> p = live.remove(sessionId);
    p.ifPresent(x -> {
      store.appendPlacement("drop", x);
      touch(x);
    });
    return p;
  }

  /** Restores a placement from the log without writing it again. */
  void restore(Placement p) {
    live.put(p);
  }

  private void touch(Placement p) {
    Pool pool = pools.get(p.app());
    Pod pod = pool == null ? null : pool.pods.get(p.podId());
    if (pod != null) {
      pod.lastBusyAt = clock.millis();
    }
  }
}
