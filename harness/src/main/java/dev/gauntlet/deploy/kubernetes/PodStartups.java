package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.analysis.PodStartup;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.List;

/** A pod's start-up phases read from its conditions' last transition times. */
public final class PodStartups {

  private PodStartups() {}

  public static PodStartup of(Pod pod) {
    List<PodCondition> conditions = pod.getStatus() == null || pod.getStatus().getConditions() == null ? List.of()
        : pod.getStatus().getConditions();
    String app = pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(Labels.APP);
    return new PodStartup(pod.getMetadata().getName(), app, instant(pod.getMetadata().getCreationTimestamp()),
        at(conditions, "PodScheduled"), at(conditions, "Initialized"), at(conditions, "ContainersReady"),
        at(conditions, "Ready"));
  }

  /** When a condition became True; null while it is not. */
  private static Instant at(List<PodCondition> conditions, String type) {
    return conditions.stream().filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus())).findFirst()
        .map(c -> instant(c.getLastTransitionTime())).orElse(null);
  }

  private static Instant instant(String timestamp) {
    return timestamp == null ? null : Instant.parse(timestamp);
  }
}
