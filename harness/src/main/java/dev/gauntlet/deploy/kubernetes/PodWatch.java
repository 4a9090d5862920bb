package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.analysis.PodStartup;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Watches pods by label and keeps each one's start-up phases as its conditions change (by uid). */
final class PodWatch {

  private final KubernetesClient client;
  private final String namespace;
  private final Map<String, String> selector;
  private final Map<String, PodStartup> startups = new ConcurrentHashMap<>();
  private SharedIndexInformer<Pod> informer;

  PodWatch(KubernetesClient client, String namespace, Map<String, String> selector) {
    this.client = client;
    this.namespace = namespace;
    this.selector = Map.copyOf(selector);
  }

  static boolean ready(Pod pod) {
    return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
        .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  void start() {
    informer = client.pods().inNamespace(namespace).withLabels(selector).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        startups.put(pod.getMetadata().getUid(), PodStartups.of(pod));
      }

      @Override
      public void onUpdate(Pod before, Pod pod) {
        onAdd(pod);
      }

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {
        // its start-up stays measured
      }
    }, 0);
  }

  List<PodStartup> startups() {
    return List.copyOf(startups.values());
  }

  void close() {
    if (informer != null) {
      informer.close();
    }
  }
}
