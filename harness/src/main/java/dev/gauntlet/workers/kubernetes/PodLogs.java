package dev.gauntlet.workers.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A pod worker's console as its {@code worker.log}, as a local worker's is, so the run's "see
 * worker.log" points at something: the pod's log as the API serves it, then how the worker ended.
 */
final class PodLogs {

  private PodLogs() {}

  static void keep(KubernetesClient client, String namespace, WorkerEnd end, Path workerDir) {
    StringBuilder text = new StringBuilder();
    if (end.pod() != null) {
      try {
        String podLog = client.pods().inNamespace(namespace).withName(end.pod()).getLog();
        if (podLog != null) {
          text.append(podLog.endsWith("\n") || podLog.isEmpty() ? podLog : podLog + "\n");
        }
      } catch (KubernetesClientException e) {
        text.append("(no log of pod ").append(end.pod()).append(": ").append(e.getMessage()).append(")\n");
      }
    }
    text.append("gauntlet: worker ").append(end.worker()).append(" ended with status ").append(end.status())
        .append(": ").append(end.why()).append('\n');
    try {
      Files.createDirectories(workerDir);
      Files.writeString(workerDir.resolve("worker.log"), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the run's own log says how the worker ended; this copy is a convenience
    }
  }
}
