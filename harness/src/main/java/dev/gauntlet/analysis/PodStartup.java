package dev.gauntlet.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pod's start-up as its conditions tell it, the phases ClusterLoader2 measures pod start-up
 * latency by: created, then scheduled ({@code PodScheduled}), initialized ({@code Initialized}),
 * containers ready ({@code ContainersReady}), ready ({@code Ready}). A phase not reached is null.
 */
public record PodStartup(String pod, String app, Instant created, Instant scheduled, Instant initialized,
    Instant containersReady, Instant ready) {

  /** The phase names, in order, as summary.json's {@code coldStart.phases} keys them. */
  public static final String SCHEDULED = "scheduled_ms";
  public static final String INITIALIZED = "initialized_ms";
  public static final String CONTAINERS_READY = "containers_ready_ms";
  public static final String READY = "ready_ms";
  public static final String CREATED_TO_READY = "created_to_ready_ms";

  public boolean isReady() {
    return created != null && ready != null;
  }

  /**
   * Each phase's duration from the one before it, and created -> ready; only phases whose both ends
   * are known.
   */
  public Map<String, Duration> phases() {
    Map<String, Duration> phases = new LinkedHashMap<>();
    put(phases, SCHEDULED, created, scheduled);
    put(phases, INITIALIZED, scheduled, initialized);
    put(phases, CONTAINERS_READY, initialized, containersReady);
    put(phases, READY, containersReady, ready);
    put(phases, CREATED_TO_READY, created, ready);
    return phases;
  }

  private static void put(Map<String, Duration> phases, String name, Instant from, Instant to) {
    if (from != null && to != null) {
      // conditions have second precision: a phase inside one second is 0, never negative
      phases.put(name, to.isBefore(from) ? Duration.ZERO : Duration.between(from, to));
    }
  }
}
