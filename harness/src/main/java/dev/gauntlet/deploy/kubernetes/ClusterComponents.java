package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.LocalPortForward;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The scheduler and gateways as pods of their Deployments, each reached from this machine through
 * a port-forward (the harness runs outside the cluster). Not verified against a real cluster yet:
 * the mock API server has no port-forward (docs/deploy.md).
 */
final class ClusterComponents implements Components {

  private final KubernetesClient client;
  private final String namespace;
  private final Consumer<String> log;
  private final List<LocalPortForward> forwards = new ArrayList<>();

  ClusterComponents(KubernetesClient client, String namespace, Consumer<String> log) {
    this.client = client;
    this.namespace = namespace;
    this.log = log;
  }

  @Override
  public List<HasMetadata> adjust(List<HasMetadata> manifests) {
    return manifests;
  }

  @Override
  public String configDir() {
    return Platform.CONFIG_DIR;
  }

  @Override
  public Endpoints start(List<HasMetadata> applied, Duration timeout) {
    URI scheduler = forward(awaitReady(Platform.SCHEDULER, timeout)).get(0);
    List<URI> gateways = forward(awaitReady(Platform.GATEWAY, timeout));
    log.accept("scheduler at " + scheduler + ", gateways at " + gateways + " (port-forwards into " + namespace + ")");
    return new Endpoints(gateways, scheduler, List.of());
  }

  private List<Pod> awaitReady(String deployment, Duration timeout) {
    try {
      client.apps().deployments().inNamespace(namespace).withName(deployment).waitUntilCondition(
          d -> d != null && d.getStatus() != null && d.getStatus().getReadyReplicas() != null
              && d.getStatus().getReadyReplicas().equals(d.getSpec().getReplicas()), timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      Deployment d = client.apps().deployments().inNamespace(namespace).withName(deployment).get();
      throw new DeploymentException("Deployment " + namespace + "/" + deployment + " was not ready within "
          + timeout.toSeconds() + "s (status " + (d == null ? "gone" : d.getStatus()) + "); see kubectl describe deployment -n "
          + namespace + " " + deployment);
    }
    return client.pods().inNamespace(namespace).withLabels(Labels.selector(deployment.replace("gauntlet-", "")))
        .list().getItems();
  }

  private List<URI> forward(List<Pod> pods) {
    List<URI> uris = new ArrayList<>();
    for (Pod pod : pods) {
      LocalPortForward f = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName())
          .portForward(Platform.PORT);
      forwards.add(f);
      uris.add(URI.create("http://127.0.0.1:" + f.getLocalPort()));
    }
    return uris;
  }

  @Override
  public List<ComponentProcess> processes() {
    return List.of();
  }

  @Override
  public void stop() {
    for (LocalPortForward f : forwards) {
      try {
        f.close();
      } catch (IOException e) {
        log.accept("closing a port-forward: " + e.getMessage());
      }
    }
    forwards.clear();
  }
}
