package dev.gauntlet.workers.kubernetes;

import java.net.URI;
import java.util.List;

/**
 * Where and how a run's workers go on a cluster ({@code run --workers N --on kubernetes}).
 *
 * @param context the kubeconfig context; null for the current one
 * @param image the harness image; its entrypoint is the gauntlet CLI (docs/workers.md)
 * @param coordinatorUrl how the pods reach the coordinator; without a port, the port it listens on;
 *     null: the address it listens on (reachable from pods only when they share this machine's network)
 * @param entryPoints where the pods send the load, when not the plan's own (a platform on Kubernetes
 *     that this machine reaches through port-forwards, but the pods through its gateway Service); null: the plan's
 */
public record JobSettings(String context, String namespace, String image, URI coordinatorUrl, List<String> entryPoints) {

  /** The URL the pods are given: {@code coordinatorUrl} with the bound port when it names none. */
  URI advertised(URI bound) {
    if (coordinatorUrl == null) {
      return bound;
    }
    if (coordinatorUrl.getPort() != -1) {
      return coordinatorUrl;
    }
    return URI.create(coordinatorUrl.getScheme() + "://" + coordinatorUrl.getHost() + ":" + bound.getPort());
  }
}
