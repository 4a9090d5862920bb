package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.internal.PlatformJar;
import dev.gauntlet.scenario.LocalTarget;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A cluster for tests, as close as this machine allows: Fabric8's mock API server in CRUD mode, a
 * namespace labelled for chaos, and a {@link NodeAgent} that runs the pods it sees as
 * processes and plays Chaos Mesh's freeze. The platform's scheduler and gateways run as processes
 * pointed at it ({@link Components#localProcesses}).
 */
public final class MockCluster implements AutoCloseable {

  private final KubernetesClient client;
  private final NodeAgent agent;
  private final Path dir;

  private MockCluster(KubernetesClient client, String namespace, Path dir) {
    this.dir = dir;
    this.client = client;
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
        .withLabels(Map.of(Labels.CHAOS, Labels.CHAOS_ALLOWED)).endMetadata().build()).create();
    try {
      agent = new NodeAgent(client, namespace, PlatformJar.locate(), Files.createDirectories(dir.resolve("node")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    agent.actAsChaosMesh();
  }

  /**
   * A cluster on the mock API server {@code client} talks to (a test's
   * {@code @EnableKubernetesMockClient(crud = true)}), with {@code namespace} allowed for chaos.
   */
  public static MockCluster on(KubernetesClient client, String namespace, Path dir) {
    return new MockCluster(client, namespace, dir);
  }

  /** The reference platform of {@code target} (kind kubernetes) on this cluster. */
  public Deployment deployment(LocalTarget target, String runId, java.util.function.Consumer<String> log) {
    return new KubernetesDeployment(client, target, "gauntlet-platform:it", runId,
        Components.localProcesses(client, PlatformJar.locate(), dir.resolve("state"), log), log);
  }

  public KubernetesClient client() {
    return client;
  }

  @Override
  public void close() throws InterruptedException {
    agent.close();
  }
}
