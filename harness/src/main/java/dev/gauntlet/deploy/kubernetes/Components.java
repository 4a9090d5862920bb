package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a kubernetes deployment's scheduler and gateways run: as pods of their Deployments, reached
 * through port-forwards ({@link #inCluster}), or as processes on this machine that talk to the API
 * ({@link #localProcesses}: for an API server with no nodes, such as the tests' mock).
 */
public interface Components {

  /** The manifests as this placement applies them. */
  List<HasMetadata> adjust(List<HasMetadata> manifests);

  /** The folder the scheduler and runtime pods read the config map from ({@link Platform#configDir}). */
  String configDir();

  /** Starts (or waits for) the scheduler and gateways once the manifests are applied. */
  Endpoints start(List<HasMetadata> applied, Duration timeout);

  /** The components that are processes here; empty when they are pods. */
  List<ComponentProcess> processes();

  void stop();

  static Components inCluster(KubernetesClient client, String namespace, Consumer<String> log) {
    return new ClusterComponents(client, namespace, log);
  }

  static Components localProcesses(KubernetesClient client, Path platformJar, Path stateDir, Consumer<String> log) {
    return new LocalComponents(client, platformJar, stateDir, log);
  }
}
