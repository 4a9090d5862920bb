package dev.gauntlet.platform.scheduler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates runtime pods and finds them again after a scheduler restart. Local processes today;
 * containers and Kubernetes pods implement the same two calls.
 */
public interface PodDriver {

  /** Starts a pod. Blocking (spawns a process, pulls an image): call it off the event loop. */
  PodHandle create(PodRequest request) throws IOException;

  /**
   * What a pod's start waits for before {@link #create} (none by default): the scheduler waits
   * for it off the event loop's clock of start timeouts, with the prerequisite's own deadline.
   */
  default Optional<StartPrerequisite> prerequisite() {
    return Optional.empty();
  }

  /** The pod a previous scheduler left, if it is still the very same process; else empty. */
  Optional<PodHandle> adopt(PodRecord record);

  /** What the scheduler asks for: one pod of one app. */
  record PodRequest(String podId, String app, Path spec) {}

  /** Pods as local child processes of this scheduler, their files under {@code stateDir/pods}. */
  static PodDriver localProcesses(Path stateDir, SchedulerConfig.Runtime runtime) {
    return new LocalProcessPodDriver(stateDir.resolve("pods"), runtime);
  }

  /** The driver the config's {@code runtime.driver} names: local processes or Docker containers. */
  static PodDriver of(Path stateDir, SchedulerConfig config) {
    return config.runtime().docker().<PodDriver>map(d -> new DockerPodDriver(stateDir.toAbsolutePath(), config, d))
        .orElseGet(() -> localProcesses(stateDir, config.runtime()));
  }
}
