package dev.gauntlet.deploy;

import java.util.List;
import java.util.function.Consumer;

/**
 * A running platform under test: brought up by {@link #start()}, torn down by {@link #stop()}.
 * Implementations are stateful (they own processes) and safe to stop from a shutdown hook.
 */
public interface Deployment extends AutoCloseable {

  /** Starts every component and waits until it is ready and each warm pool is full. */
  Endpoints start();

  /** Where the started deployment answers; only valid after {@link #start()}. */
  Endpoints endpoints();

  /** The component processes this deployment supervises (not the pods: see {@link #pods()}). */
  List<ComponentProcess> processes();

  /** The runtime pods as the scheduler sees them ({@code GET /v1/pods}). */
  List<Pod> pods();

  /**
   * Calls {@code listener} each time a supervised component (a gateway, the scheduler) that died
   * was restarted and is ready again, with its new pid; from a deployment thread. Kinds that
   * restart nothing themselves never call it.
   */
  default void onRestart(Consumer<ComponentProcess> listener) {}

  /** Stops everything started, pods included; safe to call twice. */
  void stop();

  @Override
  default void close() {
    stop();
  }
}
