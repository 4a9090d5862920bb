package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Target;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;

/**
 * Gauntlet deploys and breaks things only in namespaces labelled {@code gauntlet.dev/chaos=allowed}:
 * checked before a run starts, and again for every pod a fault is about to hit.
 */
public final class BlastRadius {

  private BlastRadius() {}

  /** Refuses a namespace that does not exist or is not labelled; the message says how to allow it. */
  public static void check(KubernetesClient client, String namespace) {
    Namespace ns;
    try {
      ns = client.namespaces().withName(namespace).get();
    } catch (KubernetesClientException e) {
      String seen = e.getCode() > 0 ? "answered " + e.getCode() + ": " + e.getMessage()
          : "no answer: " + rootCause(e);
      throw new DeploymentException("cannot read namespace " + namespace + " on " + client.getMasterUrl() + " (" + seen
          + "); check the kubeconfig context (target.kubernetes.context) and that the cluster is reachable");
    }
    String allow = "kubectl label namespace " + namespace + " " + Labels.CHAOS + "=" + Labels.CHAOS_ALLOWED;
    if (ns == null) {
      throw new DeploymentException("namespace " + namespace + " (target.kubernetes.namespace) does not exist on "
          + client.getMasterUrl() + "; create it for Gauntlet: kubectl create namespace " + namespace + " && " + allow);
    }
    Map<String, String> labels = ns.getMetadata().getLabels() == null ? Map.of() : ns.getMetadata().getLabels();
    if (!Labels.CHAOS_ALLOWED.equals(labels.get(Labels.CHAOS))) {
      throw new DeploymentException("namespace " + namespace + " (target.kubernetes.namespace) is not labelled "
          + Labels.CHAOS + "=" + Labels.CHAOS_ALLOWED + (labels.containsKey(Labels.CHAOS) ? " (it is "
          + labels.get(Labels.CHAOS) + ")" : "") + ": Gauntlet deploys and breaks things only in namespaces so "
          + "labelled, so nothing was started; if " + namespace + " is meant for it: " + allow);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }

  /** A fault's target must be a pod of the allowed namespace. */
  public static void checkTarget(Target target, String namespace) {
    Target.Handle h = target.handle();
    if (h != null && h.podName() != null && !namespace.equals(h.namespace())) {
      throw new DeploymentException(target.id() + " is pod " + h.namespace() + "/" + h.podName() + ", outside namespace "
          + namespace + " that this run may act on; nothing was done to it");
    }
  }
}
