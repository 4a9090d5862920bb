package dev.gauntlet.workers.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Consumer;

/**
 * Removes what a run put on the cluster for its workers, each step on its own so one that fails
 * does not keep the others: the Job first (so no pod is started again), then its pods, which the
 * cluster's garbage collector would delete too but a mock API server does not, then the config map.
 */
final class JobCleanup {

  private JobCleanup() {}

  static void delete(KubernetesClient client, WorkerJob job, Consumer<String> log) {
    String ns = job.namespace();
    step(log, "Job " + job.name(), () -> client.batch().v1().jobs().inNamespace(ns).withName(job.name())
        .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete());
    step(log, "the pods of Job " + job.name(), () -> client.pods().inNamespace(ns).withLabels(job.labels()).delete());
    step(log, "config map " + job.name(), () -> client.configMaps().inNamespace(ns).withName(job.name()).delete());
  }

  private static void step(Consumer<String> log, String what, Runnable delete) {
    try {
      delete.run();
    } catch (KubernetesClientException e) {
      log.accept("load: warning: could not delete " + what + ": " + e.getMessage() + " (delete it with kubectl)");
    }
  }
}
