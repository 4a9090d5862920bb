package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMesh;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pods as fault targets: listed by label from the API, killed by a delete with grace 0, terminated
 * by a delete with the given grace, frozen through Chaos Mesh; only in the one allowed namespace,
 * and only the very pod listed (its uid), never a replacement that took its name.
 */
public final class KubernetesTargets {

  private final KubernetesClient client;
  private final String namespace;

  public KubernetesTargets(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** Pods matching {@code selector} that are not already being deleted. */
  public List<Pod> pods(Map<String, String> selector) {
    return client.pods().inNamespace(namespace).withLabels(selector).list().getItems().stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null).toList();
  }

  /** Components (gateways, the scheduler) as pods of the given component. */
  public List<Target> components(String component, Map<String, String> selector) {
    List<Target> targets = new ArrayList<>();
    for (Pod p : pods(selector)) {
      targets.add(new Target(component, p.getMetadata().getName(), null, null, "running", 0, List.of(), handle(p)));
    }
    return targets;
  }

  public Target.Handle handle(Pod p) {
    return Target.Handle.pod(namespace, p.getMetadata().getName(), p.getMetadata().getUid());
  }

  public void delete(Target target, Duration grace) {
    Target.Handle h = pod(target);
    var pod = client.pods().inNamespace(namespace).withName(h.podName());
    Pod now = pod.get();
    if (now == null || (h.uid() != null && !h.uid().equals(now.getMetadata().getUid()))) {
      return; // already gone: what a kill or terminate wanted
    }
    pod.withGracePeriod((grace.toMillis() + 999) / 1000).delete();
  }

  public void freeze(Target target) {
    ChaosMesh.require(client, "pod-pause of " + target.id()).freeze(namespace, pod(target).podName());
  }

  public void thaw(Target target) {
    ChaosMesh.require(client, "resuming " + target.id()).thaw(namespace, pod(target).podName());
  }

  private Target.Handle pod(Target target) {
    BlastRadius.checkTarget(target, namespace);
    if (target.handle() == null || target.handle().podName() == null) {
      throw new DeploymentException(target.id() + " is not a Kubernetes pod (" + target.handle() + ")");
    }
    return target.handle();
  }
}
