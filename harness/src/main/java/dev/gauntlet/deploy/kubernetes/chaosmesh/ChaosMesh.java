package dev.gauntlet.deploy.kubernetes.chaosmesh;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.kubernetes.Labels;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Map;

/**
 * The faults Gauntlet asks Chaos Mesh for: freeze a pod ({@code PodChaos} {@code pod-failure}) until
 * thawed, delay or drop a pod's packets ({@code NetworkChaos}). Each resource is labelled, bounded
 * by a duration (so a harness that dies leaves no fault running for long) and named after its pod.
 */
public final class ChaosMesh {

  /** The longest a fault lasts if nobody ends it: Chaos Mesh undoes it then. */
  public static final Duration MAX_FAULT = Duration.ofMinutes(10);

  private final KubernetesClient client;

  private ChaosMesh(KubernetesClient client) {
    this.client = client;
  }

  /** Whether the cluster has Chaos Mesh: its {@code PodChaos} and {@code NetworkChaos} CRDs exist. */
  public static boolean installed(KubernetesClient client) {
    try {
      var crds = client.apiextensions().v1().customResourceDefinitions();
      return crds.withName(PodChaos.CRD).get() != null && crds.withName(NetworkChaos.CRD).get() != null;
    } catch (KubernetesClientException e) {
      throw new DeploymentException("cannot tell whether Chaos Mesh is installed on " + client.getMasterUrl()
          + " (reading CRD " + PodChaos.CRD + " answered " + e.getCode() + "): " + e.getMessage()
          + "; give the kubeconfig user 'get' on customresourcedefinitions");
    }
  }

  /** Chaos Mesh on {@code client}'s cluster, or a refusal that names the fault and the way out. */
  public static ChaosMesh require(KubernetesClient client, String fault) {
    if (!installed(client)) {
      throw new DeploymentException(fault + " on Kubernetes needs Chaos Mesh, and the cluster at "
          + client.getMasterUrl() + " has no " + PodChaos.CRD + " / " + NetworkChaos.CRD + " CRD: install Chaos Mesh "
          + "(https://chaos-mesh.org/docs/), or use pod-kill or pod-terminate, which are pod deletes");
    }
    return new ChaosMesh(client);
  }

  /** Makes the pod stop serving (its containers swapped for a pause image) until {@link #thaw}. */
  public PodChaos freeze(String namespace, String pod) {
    PodChaos chaos = new PodChaos(new PodChaos.Spec(PodChaos.POD_FAILURE, "one", Selector.pod(namespace, pod),
        goDuration(MAX_FAULT)));
    chaos.setMetadata(metadata(namespace, "gauntlet-freeze-" + pod));
    return client.resources(PodChaos.class).inNamespace(namespace).resource(chaos).create();
  }

  /** Ends a {@link #freeze}; Chaos Mesh restores the pod's containers. */
  public void thaw(String namespace, String pod) {
    client.resources(PodChaos.class).inNamespace(namespace).withName("gauntlet-freeze-" + pod).delete();
  }

  /** Delays every packet to and from the pod by {@code latency} for {@code duration}. */
  public NetworkChaos delay(String namespace, String pod, Duration latency, Duration duration) {
    return network(namespace, pod, "delay", new NetworkChaos.Delay(goDuration(latency), null, null), null, duration);
  }

  /** Drops {@code percent} of the pod's packets for {@code duration}. */
  public NetworkChaos loss(String namespace, String pod, int percent, Duration duration) {
    return network(namespace, pod, "loss", null, new NetworkChaos.Loss(Integer.toString(percent), null), duration);
  }

  /** Ends the network faults on a pod before their duration. */
  public void clearNetwork(String namespace, String pod) {
    client.resources(NetworkChaos.class).inNamespace(namespace).withName("gauntlet-net-" + pod).delete();
  }

  /** Deletes every chaos resource Gauntlet created in the namespace (a run's end). */
  public void clearAll(String namespace) {
    client.resources(PodChaos.class).inNamespace(namespace).withLabel(Labels.PART_OF, Labels.GAUNTLET).delete();
    client.resources(NetworkChaos.class).inNamespace(namespace).withLabel(Labels.PART_OF, Labels.GAUNTLET).delete();
  }

  private NetworkChaos network(String namespace, String pod, String action, NetworkChaos.Delay delay,
      NetworkChaos.Loss loss, Duration duration) {
    NetworkChaos chaos = new NetworkChaos(new NetworkChaos.Spec(action, "one", Selector.pod(namespace, pod), "both",
        delay, loss, goDuration(duration.compareTo(MAX_FAULT) > 0 ? MAX_FAULT : duration)));
    chaos.setMetadata(metadata(namespace, "gauntlet-net-" + pod));
    return client.resources(NetworkChaos.class).inNamespace(namespace).resource(chaos).create();
  }

  private static io.fabric8.kubernetes.api.model.ObjectMeta metadata(String namespace, String name) {
    return new ObjectMetaBuilder().withName(name).withNamespace(namespace)
        .withLabels(Map.of(Labels.PART_OF, Labels.GAUNTLET)).build();
  }

  /** Go's duration syntax, which Chaos Mesh reads: {@code 250ms}, {@code 600s}. */
  static String goDuration(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
