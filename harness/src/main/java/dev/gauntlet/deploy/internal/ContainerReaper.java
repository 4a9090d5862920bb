package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Removes containers by label, never by name: one run's at its stop, a crashed run's at the next start. */
final class ContainerReaper {

  private ContainerReaper() {}

  /** Every container labelled with {@code runId}, running or not. */
  static List<String> removeRun(DockerClient docker, String runId) {
    return remove(docker, docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(DockerApi.RUN, runId)).exec());
  }

  /** As {@link #reapCrashedRuns}, when an engine answers; a machine without Docker has nothing to reap. */
  static void reapCrashedRunsIfAny(Consumer<String> log) {
    if (!DockerApi.available()) {
      return;
    }
    try (DockerClient docker = DockerApi.client()) {
      reapCrashedRuns(docker, log);
    } catch (java.io.IOException | RuntimeException e) {
      log.accept("could not look for containers of crashed runs: " + e.getMessage());
    }
  }

  /** Containers of runs whose harness process is gone (a crashed or killed run). */
  static void reapCrashedRuns(DockerClient docker, Consumer<String> log) {
    List<Container> orphans = docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(DockerApi.RUN))
        .exec().stream().filter(c -> !DockerApi.live(c.getLabels().get(DockerApi.HARNESS))).toList();
    List<String> removed = remove(docker, orphans);
    if (!removed.isEmpty()) {
      log.accept("reaped " + removed.size() + " container(s) of crashed runs: " + String.join(", ", removed));
    }
  }

  private static List<String> remove(DockerClient docker, List<Container> containers) {
    List<String> removed = new ArrayList<>();
    for (Container c : containers) {
      try {
        docker.removeContainerCmd(c.getId()).withForce(true).exec();
        removed.add(c.getId().substring(0, 12));
      } catch (RuntimeException e) {
        // removed meanwhile (a pod's own exit watch removes it)
      }
    }
    return removed;
  }
}
