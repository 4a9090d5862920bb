package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.Durations;
import dev.gauntlet.platform.common.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pods from creation to their end: start, readiness, health, kill, retire, exit, replacement.
 * Runs on the event loop; process starts run on {@code blocking} and hop back through {@code loop}.
 */
final class PodLifecycle {

  /** A retired pod that ignores SIGTERM this long is SIGKILLed. */
  static final long TERMINATE_GRACE_MILLIS = 10_000;

  private final Wiring cx;
  private final long failoverHoldMillis;

  PodLifecycle(Wiring cx, Duration failoverHold) {
    this.cx = cx;
    this.failoverHoldMillis = failoverHold.toMillis();
  }

  long now() {
    return cx.clock().millis();
  }

  /**
   * Creates a pod (event {@code created} once its process runs); returns at once. When the driver
   * has a prerequisite still pending (the class-data archive being made), the pod first waits for
   * it: event {@code waiting_for_archive}, bounded by the prerequisite's own deadline.
   */
  Pod start(Pool pool) {
    Pod pod = new Pod(newId(pool.config.app()), pool.config.app(), now());
    pool.pods.put(pod.id, pod);
    StartPrerequisite pending = cx.driver().prerequisite().filter(p -> !p.done().isDone()).orElse(null);
    if (pending == null) {
      spawn(pool, pod);
      return pod;
    }
    pod.waitingFor = pending;
    cx.events().append(now(), pending.event(), pod, pending.what() + " is being made; " + pending.logHint());
    pending.done().whenComplete((x, e) -> cx.loop().execute(() -> {
      if (pool.pods.get(pod.id) == pod && pod.waitingFor == pending) {
        ServiceProcess.log("scheduler", "pod " + pod.id + " waited " + (now() - pod.createdAt) + "ms for "
            + pending.what());
        spawn(pool, pod);
      }
    }));
    return pod;
  }

  /** Fails the pods whose prerequisite is later than its deadline. */
  void failLateWaits() {
    for (Pool pool : cx.pools().values()) {
      for (Pod pod : List.copyOf(pool.pods.values())) {
        StartPrerequisite p = pod.waitingFor;
        if (p != null && now() - pod.createdAt >= p.deadline().toMillis()) {
          failed(pod, "unhealthy", p.what() + " was not ready after " + Durations.format(p.deadline()), p.logHint(),
              true);
        }
      }
    }
  }

  private void spawn(Pool pool, Pod pod) {
    pod.waitingFor = null;
    pod.spawnRequestedAt = now();
    PodDriver.PodRequest request = new PodDriver.PodRequest(pod.id, pod.app, pool.config.spec());
    cx.blocking().execute(() -> {
      try {
        PodHandle handle = cx.driver().create(request);
        cx.loop().execute(() -> started(pool, pod, handle));
      } catch (Exception e) {
        cx.loop().execute(() -> failed(pod, "unhealthy", "cannot start: " + e.getMessage(), true));
      }
    });
  }

  private void started(Pool pool, Pod pod, PodHandle handle) {
    pod.handle = handle;
    if (pool.pods.get(pod.id) != pod) {
      handle.stop(true); // given up on while its process was being spawned
      return;
    }
    pod.processStartedAt = now();
    cx.events().append(now(), "created", pod, "pid " + handle.pid());
    cx.store().writePod(pod.record());
    watchExit(pod);
  }

  void watchExit(Pod pod) {
    pod.handle.onExit().thenAccept(detail -> cx.loop().execute(() -> exited(pod, detail)));
  }

  void ready(Pod pod) {
    pod.state = Pod.State.READY;
    pod.readyAt = now();
    pod.lastCheckAt = pod.readyAt;
    cx.events().append(pod.readyAt, "ready", pod, "in " + (pod.readyAt - pod.createdAt) + "ms");
    cx.store().writePod(pod.record());
    for (Waiter w : List.copyOf(pod.waiters)) {
      Placement p = new Placement(w.sessionId(), pod.app, pod.id, pod.endpoint, true,
          pod.readyAt - w.requestedAt(), null, pod.readyAt, 0, w.viewer());
      cx.placements().record(p);
      w.result().complete(p);
    }
    pod.waiters.clear();
  }

  /**
   * Ends a pod that failed: event {@code type} with the detail, SIGKILL (event {@code killed}),
   * waiting placements fail naming where to look ({@link #whereToLook}), its placements drop, and
   * the pool is topped up.
   */
  void failed(Pod pod, String type, String detail, boolean kill) {
    fail(pod, type, detail, "; " + whereToLook(pod), kill);
  }

  /** The same for a detail that names where to look itself ({@code hint}, e.g. {@code see LOG}): event and error carry it. */
  void failed(Pod pod, String type, String detail, String hint, boolean kill) {
    fail(pod, type, detail + "; " + hint, "", kill);
  }

  private void fail(Pod pod, String type, String detail, String errorHint, boolean kill) {
    Pool pool = cx.pools().get(pod.app);
    if (pool.pods.get(pod.id) != pod) {
      return;
    }
    pod.state = Pod.State.UNHEALTHY;
    cx.events().append(now(), type, pod, detail);
    if (kill && pod.handle != null) {
      pod.stopRequested = true;
      pod.handle.stop(true);
      cx.events().append(now(), "killed", pod, "SIGKILL");
    }
    String error = "pod " + pod.id + " failed: " + detail + errorHint;
    for (Waiter w : pod.waiters) {
      w.result().completeExceptionally(new PlacementException(503, error));
    }
    pod.waiters.clear();
    remove(pool, pod, true);
  }

  /** Stops an idle pod beyond the warm count: SIGTERM, event {@code retired}. */
  void retire(Pod pod, String detail) {
    pod.state = Pod.State.TERMINATING;
    pod.stopRequested = true;
    pod.stopRequestedAt = now();
    cx.events().append(now(), "retired", pod, detail);
    pod.handle.stop(false);
  }

  /** SIGKILLs retired pods that outstay the grace period. */
  void reapTerminating() {
    for (Pool pool : cx.pools().values()) {
      for (Pod pod : pool.pods.values()) {
        if (pod.state == Pod.State.TERMINATING && now() - pod.stopRequestedAt >= TERMINATE_GRACE_MILLIS) {
          pod.handle.stop(true);
        }
      }
    }
  }

  private void exited(Pod pod, String detail) {
    Pool pool = cx.pools().get(pod.app);
    if (pool == null || pool.pods.get(pod.id) != pod) {
      if (PodHandle.OOM_KILLED.equals(detail)) {
        // failed on a health check or a gateway's report first: the kernel's reason still counts
        cx.events().append(now(), "gone", pod, detail);
      }
      return;
    }
    if (pod.stopRequested) {
      remove(pool, pod, false); // retired: its end was asked for
      return;
    }
    failed(pod, "gone", detail, false);
  }

  private void remove(Pool pool, Pod pod, boolean replace) {
    pool.pods.remove(pod.id);
    int failingOver = cx.placements().live().attachedOn(pod.id);
    if (replace && failingOver > 0 && failoverHoldMillis > 0) {
      // a pod start burns ~0.5 s of CPU: on a shared host it would slow the warm pods taking these sessions
      pool.topUpHeldUntil = now() + failoverHoldMillis;
      ServiceProcess.log("scheduler", "pool " + pool.config.app() + ": warm top-up held "
          + failoverHoldMillis + "ms while " + failingOver + " sessions of pod " + pod.id + " fail over");
    }
    for (Placement p : cx.placements().live().onPod(pod.id)) {
      cx.placements().drop(p.sessionId());
    }
    cx.store().deletePod(pod.id);
    if (replace) {
      List<Pod> added = topUp(pool);
      if (!added.isEmpty()) {
        cx.events().append(now(), "replaced", pod, added.get(0).id);
      }
    }
  }

  /** Starts pods until the pool has its warm count of idle (or soon idle) pods. */
  List<Pod> topUp(Pool pool) {
    List<Pod> added = new ArrayList<>();
    if (now() < pool.topUpHeldUntil) {
      return added; // tick() tops up once the hold ends
    }
    for (int i = pool.idleCount(cx.placements().live()); i < pool.config.warm(); i++) {
      added.add(start(pool));
    }
    return added;
  }

  private String newId(String app) {
    Set<String> taken = new HashSet<>();
    cx.pools().values().forEach(p -> taken.addAll(p.pods.keySet()));
    String id;
    do {
      id = app + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    } while (taken.contains(id));
    return id;
  }

  /** The pod's log once it has a process; before that, the scheduler's own (it logged why). */
  static String whereToLook(Pod pod) {
    return pod.handle != null ? pod.handle.logHint() : "see the scheduler's log" + ServiceProcess.outputFile()
        .map(f -> " (" + f + ")").orElse("");
  }

  static String describe(Throwable error) {
    Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
