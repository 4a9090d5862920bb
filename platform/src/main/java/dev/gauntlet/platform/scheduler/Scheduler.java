package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The control plane's state and its operations: placement, detach, delete, and the periodic work
 * (readiness, retirement, detached TTL, warm top-up, health). The one mutable object: every
 * method runs on the event loop of {@link Wiring#loop()}.
 */
public final class Scheduler {

  private final Wiring cx;
  private final PodLifecycle pods;
  private final HealthChecker health;
  private final Duration detachedTtl;
  private volatile boolean recovered;
  private volatile String recoveryFailure;

  Scheduler(Wiring cx, Duration detachedTtl, Duration failoverHold) {
    this.cx = cx;
    this.pods = new PodLifecycle(cx, failoverHold);
    this.health = new HealthChecker(cx, pods);
    this.detachedTtl = detachedTtl;
  }

  /** Wires a scheduler over one state dir; {@code loop} must run tasks one at a time, in order. */
  static Scheduler create(SchedulerConfig config, StateStore store, PodDriver driver, HealthProbe probe,
      java.time.Clock clock, java.util.concurrent.Executor loop, java.util.concurrent.Executor blocking,
      io.prometheus.metrics.model.registry.PrometheusRegistry registry, Duration detachedTtl) {
    return create(config, store, driver, probe, clock, loop, blocking, registry, detachedTtl, Duration.ZERO);
  }

  /** The same with a failover hold: after a pod with sessions fails, warm top-ups wait this long. */
  static Scheduler create(SchedulerConfig config, StateStore store, PodDriver driver, HealthProbe probe,
      java.time.Clock clock, java.util.concurrent.Executor loop, java.util.concurrent.Executor blocking,
      io.prometheus.metrics.model.registry.PrometheusRegistry registry, Duration detachedTtl, Duration failoverHold) {
    java.util.Map<String, Pool> pools = new java.util.LinkedHashMap<>();
    config.pools().forEach(p -> pools.put(p.app(), new Pool(p)));
    SchedulerMetrics metrics = new SchedulerMetrics(registry, pools::values);
    EventLog events = new EventLog(store, metrics::event);
    PlacementBook book = new PlacementBook(store, metrics, pools, clock);
    return new Scheduler(new Wiring(clock, loop, blocking, driver, probe, store, events, pools, book), detachedTtl,
        failoverHold);
  }

  PodLifecycle lifecycle() {
    return pods;
  }

  Wiring wiring() {
    return cx;
  }

  /** Places a session; completes with a {@link PlacementException} (404, 503) when it cannot. */
  public CompletableFuture<Placement> place(String app, String sessionId, String failedPodId) {
    return place(app, sessionId, failedPodId, null);
  }

  /**
   * The same for {@code viewer}: a live session of another viewer is refused (403), never handed over
   * (re-attaching by its id must not let one viewer into another's session).
   */
  public CompletableFuture<Placement> place(String app, String sessionId, String failedPodId, String viewer) {
    Pool pool = cx.pools().get(app);
    if (pool == null) {
      return CompletableFuture.failedFuture(new PlacementException(404,
          "unknown app '" + app + "' (known: " + String.join(", ", cx.pools().keySet()) + ")"));
    }
    long requestedAt = pods.now();
    Optional<Placement> existing = cx.placements().live().find(sessionId).filter(p -> p.app().equals(app));
    if (existing.isPresent() && !existing.get().belongsTo(viewer)) {
      return CompletableFuture.failedFuture(new PlacementException(403, "session " + sessionId
          + " belongs to another viewer: re-attach refused"));
    }
    if (existing.isPresent() && !existing.get().podId().equals(failedPodId)) {
      Placement p = existing.get();
      if (p.detached()) {
        cx.placements().update(p.withDetachedAt(0)); // the client is back
      }
      return CompletableFuture.completedFuture(p.again());
    }
    Optional<Waiter> waiting = pool.pods.values().stream().flatMap(p -> p.waiters.stream())
        .filter(w -> w.sessionId().equals(sessionId)).findFirst();
    if (waiting.isPresent()) {
      String owner = waiting.get().viewer();
      if (owner != null && viewer != null && !owner.equals(viewer)) {
        return CompletableFuture.failedFuture(new PlacementException(403, "session " + sessionId
            + " belongs to another viewer: re-attach refused"));
      }
      return waiting.get().result();
    }
    if (failedPodId == null) {
      return choose(pool, sessionId, null, requestedAt, viewer);
    }
    existing.ifPresent(p -> cx.placements().drop(p.sessionId()));
    Pod failed = pool.pods.get(failedPodId);
    if (failed == null || failed.state != Pod.State.READY) {
      return choose(pool, sessionId, failedPodId, requestedAt, viewer);
    }
    CompletableFuture<Placement> result = new CompletableFuture<>();
    CompletableFuture<Integer> check = failed.failureCheck;
    if (check == null) {
      // one probe answers every session of the pod that reports it: they all fail over at once
      CompletableFuture<Integer> probe = cx.probe().status(failed.endpoint);
      failed.failureCheck = probe;
      probe.whenComplete((status, error) -> cx.loop().execute(() -> failed.failureCheck = null));
      check = probe;
    }
    check.whenComplete((status, error) -> cx.loop().execute(() -> {
      if (error != null || status != 200) {
        pods.failed(failed, "unhealthy", "reported failed; health "
            + (error == null ? "answered " + status : PodLifecycle.describe(error)), true);
      }
      choose(pool, sessionId, failedPodId, requestedAt, viewer).whenComplete((p, e) -> {
        if (e != null) {
          result.completeExceptionally(e);
        } else {
          result.complete(p);
        }
      });
    }));
    return result;
  }

  /** Ready pod with room, else warm idle pod, else starting pod with unreserved room, else a new pod. */
  private CompletableFuture<Placement> choose(Pool pool, String sessionId, String excluded, long requestedAt,
      String viewer) {
    Placements live = cx.placements().live();
    Optional<Pod> ready = pool.busyWithRoom(live, excluded).or(() -> pool.idleReady(live, excluded));
    if (ready.isPresent()) {
      long now = pods.now();
      Placement p = new Placement(sessionId, pool.config.app(), ready.get().id, ready.get().endpoint, false,
          now - requestedAt, null, now, 0, viewer);
      cx.placements().record(p);
      pods.topUp(pool);
      return CompletableFuture.completedFuture(p);
    }
    Pod starting = pool.startingWithRoom(excluded).orElseGet(() -> pods.start(pool));
    Waiter w = new Waiter(sessionId, requestedAt, new CompletableFuture<>(), viewer);
    starting.waiters.add(w);
    pods.topUp(pool);
    return w.result();
  }

  public void runtimeSession(String sessionId, String runtimeSessionId) {
    Placement p = known(sessionId);
    cx.placements().update(p.withRuntimeSessionId(runtimeSessionId));
  }

  public void detach(String sessionId) {
    Placement p = known(sessionId);
    if (!p.detached()) {
      cx.placements().update(p.withDetachedAt(pods.now()));
    }
  }

  public void delete(String sessionId) {
    known(sessionId);
    cx.placements().drop(sessionId);
  }

  private Placement known(String sessionId) {
    return cx.placements().live().find(sessionId).orElseThrow(
        () -> new PlacementException(404, "no placement for session '" + sessionId + "'"));
  }

  /** Readiness polls, start timeouts, retirement, detached TTL, warm top-up: every ~20 ms. */
  public void tick() {
    if (!recovered) {
      return;
    }
    pods.failLateWaits();
    health.pollStarting();
    pods.reapTerminating();
    long now = pods.now();
    for (Pool pool : cx.pools().values()) {
      for (Pod pod : pool.toRetire(cx.placements().live(), now)) {
        pods.retire(pod, "idle for " + Durations.format(Duration.ofMillis(now - Math.max(pod.lastBusyAt, pod.readyAt))));
      }
    }
    for (Placement p : cx.placements().live().detachedBefore(now - detachedTtl.toMillis())) {
      cx.placements().drop(p.sessionId());
    }
    cx.pools().values().forEach(pods::topUp);
  }

  public void healthTick(Duration interval, int failuresAllowed) {
    if (recovered) {
      health.checkHealth(interval.toMillis(), failuresAllowed);
    }
  }

  void markRecovered() {
    recovered = true;
  }

  public boolean recovered() {
    return recovered;
  }

  /** Recovery could not finish (an unreadable state dir): the API stays 503 with this reason. */
  void recoveryFailed(String reason) {
    recoveryFailure = reason;
  }

  /** Why recovery failed, or null while it runs or once it is done. */
  String recoveryFailure() {
    return recoveryFailure;
  }

  List<Pod> podList() {
    return cx.pools().values().stream().flatMap(p -> p.pods.values().stream()).toList();
  }

  public List<Event> events(long sinceMillis) {
    return cx.events().since(sinceMillis);
  }
}
