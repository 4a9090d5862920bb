package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.deploy.kubernetes.MockCluster;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.TargetKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The Deployment contract on the kubernetes kind, on Fabric8's mock API server: runtime pods are
 * created by the scheduler's kubernetes driver and run by the test's node agent, which also plays
 * Chaos Mesh's freeze; the scheduler and gateways are local processes pointed at the mock
 * (docs/deploy.md says what that leaves unverified).
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesDeploymentContractIT extends DeploymentContract {

  static final String NAMESPACE = "gauntlet"; // a kubernetes target's default
  static KubernetesClient client;
  private MockCluster cluster;

  @Override
  Deployment create(LocalTarget target, Path stateDir) {
    cluster = MockCluster.on(client, NAMESPACE, stateDir);
    return cluster.deployment(target, "contract-kubernetes",
        line -> System.err.println("kubernetes: " + line));
  }

  @Override
  String kind() {
    return TargetKind.KUBERNETES.text();
  }

  @Override
  boolean gatewaysRestart() {
    return false;
  }

  @Override
  boolean frozen(Target target) {
    return PlatformFixture.status(URI.create(target.endpoint()).resolve("/readyz")) == -1;
  }

  @Override
  boolean gone(Target target) {
    if (target.handle().podName() != null) {
      return client.pods().inNamespace(NAMESPACE).withName(target.handle().podName()).get() == null;
    }
    return ProcessHandle.of(target.handle().pid()).map(h -> !h.isAlive()).orElse(true);
  }

  @Override
  void assertNothingLeft(List<Target> lastSeen) {
    assertThat(client.pods().inNamespace(NAMESPACE).list().getItems()).as("no pod outlives the run").isEmpty();
    PlatformFixture.assertAllDead(lastSeen.stream().filter(t -> t.handle().pid() != null)
        .map(t -> t.handle().pid()).toList());
  }

  @AfterAll
  void stopCluster() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }
}
