package dev.gauntlet.deploy;

import dev.gauntlet.analysis.PodStartup;
import java.time.Duration;
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
   * What faults can hit now: the runtime pods that are not already terminating, then the
   * components (gateways, scheduler), each with its kind's handle.
   */
  List<Target> targets();

  /** Kills {@code target} at once (SIGKILL, a container kill, a pod deleted with grace 0). */
  void kill(Target target);

  /** Stops {@code target} gracefully, killing it once {@code grace} has passed. */
  void terminate(Target target, Duration grace);

  /** Freezes {@code target} (SIGSTOP, the cgroup freezer) until {@link #resume}. */
  void pause(Target target);

  /** Thaws a target {@link #pause} froze. */
  void resume(Target target);

  /**
   * Each runtime pod's start-up phases as its kind reports them (Kubernetes pod conditions);
   * empty for kinds that have none.
   */
  default List<PodStartup> podStartups() {
    return List.of();
  }

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
