package dev.gauntlet.platform.scheduler.kubernetes;

import dev.gauntlet.platform.scheduler.PodHandle;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A runtime pod on Kubernetes, kept current by the driver's informer: ready and serving when its
 * status says so, ended when it is deleted or its phase is Failed or Succeeded.
 */
final class KubernetesPod implements PodHandle {

  private final KubernetesClient client;
  private final String namespace;
  private final String name;
  private final long createdAt;
  private final CompletableFuture<String> exit = new CompletableFuture<>();
  private volatile Pod latest;

  KubernetesPod(KubernetesClient client, Pod pod) {
    this.client = client;
    this.namespace = pod.getMetadata().getNamespace();
    this.name = pod.getMetadata().getName();
    this.createdAt = PodStatuses.createdAt(pod);
    seen(pod);
  }

  /** The informer saw a newer version of this pod. */
  void seen(Pod pod) {
    latest = pod;
    if (PodStatuses.ended(pod)) {
      exit.complete(PodStatuses.exitDetail(pod));
    }
  }

  /** The informer saw this pod deleted. */
  void deleted() {
    exit.complete("pod deleted");
  }

  String name() {
    return name;
  }

  /** Pods have no pid the scheduler can see: 0 in its records and events. */
  @Override
  public long pid() {
    return 0;
  }

  @Override
  public long pidStartedAt() {
    return createdAt;
  }

  @Override
  public Optional<String> endpoint() {
    return PodStatuses.endpoint(latest);
  }

  @Override
  public boolean isAlive() {
    return !exit.isDone();
  }

  /** Forced: delete with grace 0; graceful: delete with the pod's termination grace period. */
  @Override
  public void stop(boolean forced) {
    var pod = client.pods().inNamespace(namespace).withName(name);
    (forced ? pod.withGracePeriod(0) : pod).delete();
  }

  @Override
  public CompletableFuture<String> onExit() {
    return exit;
  }

  @Override
  public String logHint() {
    return "see kubectl logs -n " + namespace + " " + name;
  }
}
