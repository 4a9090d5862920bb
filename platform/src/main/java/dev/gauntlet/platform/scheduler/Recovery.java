package dev.gauntlet.platform.scheduler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A (re)starting scheduler's first job: replay events and placements, adopt the pods a previous
 * scheduler left that are still the same processes and answer health, kill and forget the rest.
 */
final class Recovery {

  private final Scheduler scheduler;
  private final Wiring cx;

  Recovery(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.cx = scheduler.wiring();
  }

  /** Call on the event loop; completes there once the scheduler is ready. */
  CompletableFuture<Void> run() throws IOException {
    cx.events().restore(cx.store().readEvents());
    Placements logged = cx.store().readPlacements();
    List<CompletableFuture<Void>> adoptions = new ArrayList<>();
    for (PodRecord record : cx.store().readPods()) {
      adoptions.add(adopt(record));
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture.allOf(adoptions.toArray(CompletableFuture[]::new)).whenComplete((x, e) -> cx.loop().execute(() -> {
      Set<String> adopted = new HashSet<>();
      cx.pools().values().forEach(p -> adopted.addAll(p.pods.keySet()));
      List<Placement> kept = logged.all().stream().filter(p -> adopted.contains(p.podId())).toList();
      kept.forEach(cx.placements()::restore);
      try {
        cx.store().rewritePlacements(kept);
      } catch (IOException io) {
        done.completeExceptionally(io);
        return;
      }
      scheduler.markRecovered();
      cx.pools().values().forEach(scheduler.lifecycle()::topUp);
      done.complete(null);
    }));
    return done;
  }

  private CompletableFuture<Void> adopt(PodRecord record) {
    Pool pool = cx.pools().get(record.app());
    Pod pod = new Pod(record.id(), record.app(), record.createdAt());
    Optional<PodHandle> handle = cx.driver().adopt(record);
    if (handle.isEmpty() || pool == null) {
      handle.ifPresent(h -> h.stop(true));
      forget(pod, "not alive at adoption" + (pool == null ? " (no pool for app " + record.app() + ")" : ""));
      return CompletableFuture.completedFuture(null);
    }
    pod.handle = handle.get();
    pod.processStartedAt = record.createdAt(); // adopted: the start timeout counts as it did before the restart
    pod.endpoint = record.endpoint() != null ? record.endpoint() : pod.handle.endpoint().orElse(null);
    if (pod.endpoint == null) {
      take(pool, pod, null); // still starting: readiness polling and the start timeout take over
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    cx.probe().status(pod.endpoint).whenComplete((status, error) -> cx.loop().execute(() -> {
      if (error != null) {
        pod.handle.stop(true);
        forget(pod, "not alive at adoption (health " + PodLifecycle.describe(error) + ")");
      } else {
        take(pool, pod, status == 200 ? (record.readyAt() != null ? record.readyAt() : cx.clock().millis()) : null);
      }
      done.complete(null);
    }));
    return done;
  }

  private void take(Pool pool, Pod pod, Long readyAt) {
    pod.state = readyAt == null ? Pod.State.STARTING : Pod.State.READY;
    pod.readyAt = readyAt;
    pod.lastBusyAt = cx.clock().millis();
    pod.lastCheckAt = pod.lastBusyAt;
    pool.pods.put(pod.id, pod);
    cx.events().append(cx.clock().millis(), "adopted", pod, "pid " + pod.pid() + (readyAt == null ? ", starting" : ""));
    cx.store().writePod(pod.record());
    scheduler.lifecycle().watchExit(pod);
  }

  private void forget(Pod pod, String detail) {
    cx.events().append(cx.clock().millis(), "gone", pod, detail);
    cx.store().deletePod(pod.id);
  }
}
