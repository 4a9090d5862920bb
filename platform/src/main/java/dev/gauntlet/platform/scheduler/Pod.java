package dev.gauntlet.platform.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One pod as the scheduler tracks it. Mutable, and only ever touched on the scheduler's event
 * loop.
 */
final class Pod {

  /** The states {@code GET /v1/pods} shows; a pod that ended is removed, not kept as a state. */
  enum State { STARTING, READY, UNHEALTHY, TERMINATING }

  final String id;
  final String app;
  /** When the pod was asked for (the {@code ready} event's "in N ms" counts from here). */
  final long createdAt;
  State state = State.STARTING;
  /** What the pod waits for before its process starts, while it does; null otherwise. */
  StartPrerequisite waitingFor;
  /** When the pod stopped waiting and its process was asked for; 0 while it waits. */
  long spawnRequestedAt;
  /** When its process was running (the start timeout counts from here); 0 before. */
  long processStartedAt;
  PodHandle handle;
  String endpoint;
  Long readyAt;
  /** Placements waiting for this starting pod: they reserve its room. */
  final List<Waiter> waiters = new ArrayList<>();
  int healthFailures;
  String lastHealth = "no answer yet";
  boolean probing;
  /** The probe a gateway's failure report started, while it runs: later reports of the same pod wait for it. */
  CompletableFuture<Integer> failureCheck;
  long lastCheckAt;
  /** Last time a placement was added to or removed from this pod (idle retirement counts from it). */
  long lastBusyAt;
  long stopRequestedAt;
  /** We asked it to stop (retired or killed): its exit is not a surprise. */
  boolean stopRequested;

  Pod(String id, String app, long createdAt) {
    this.id = id;
    this.app = app;
    this.createdAt = createdAt;
    this.lastBusyAt = createdAt;
  }

  long pid() {
    return handle == null ? 0 : handle.pid();
  }

  PodRecord record() {
    return new PodRecord(id, app, pid(), handle == null ? 0 : handle.pidStartedAt(), endpoint, createdAt, readyAt,
        containerId());
  }

  String containerId() {
    return handle == null ? null : handle.containerId().orElse(null);
  }

  String stateName() {
    return state.name().toLowerCase();
  }
}
