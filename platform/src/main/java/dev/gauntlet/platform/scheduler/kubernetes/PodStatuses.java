package dev.gauntlet.platform.scheduler.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.Optional;

/** What a pod's status says: ready, ended and why, where it serves. */
final class PodStatuses {

  private PodStatuses() {}

  static boolean ready(Pod pod) {
    return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
        .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  static boolean ended(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return "Failed".equals(phase) || "Succeeded".equals(phase);
  }

  /** {@code http://IP:PORT} once the pod is Ready and has an IP. */
  static Optional<String> endpoint(Pod pod) {
    if (!ready(pod) || pod.getStatus().getPodIP() == null) {
      return Optional.empty();
    }
    String port = pod.getMetadata().getAnnotations() == null ? null
        : pod.getMetadata().getAnnotations().get(PodTemplate.PORT_ANNOTATION);
    return Optional.of("http://" + pod.getStatus().getPodIP() + ":" + (port == null ? PodTemplate.PORT : port));
  }

  /** e.g. {@code pod phase Failed: OOMKilled, exit status 137}. */
  static String exitDetail(Pod pod) {
    String detail = "pod phase " + pod.getStatus().getPhase();
    if (pod.getStatus().getContainerStatuses() != null) {
      for (ContainerStatus c : pod.getStatus().getContainerStatuses()) {
        ContainerStateTerminated t = c.getState() == null ? null : c.getState().getTerminated();
        if (t != null) {
          return detail + ": " + (t.getReason() == null ? "" : t.getReason() + ", ") + "exit status " + t.getExitCode();
        }
      }
    }
    return detail;
  }

  /** The pod's creation instant (epoch ms): an adopted pod must be the very one recorded, not a namesake. */
  static long createdAt(Pod pod) {
    String ts = pod.getMetadata().getCreationTimestamp();
    return ts == null ? 0 : Instant.parse(ts).toEpochMilli();
  }
}
