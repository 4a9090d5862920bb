package dev.gauntlet.deploy.kubernetes.chaosmesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.deploy.DeploymentException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chaos Mesh resources as Chaos Mesh reads them, against Fabric8's mock API server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class ChaosMeshIT {

  KubernetesClient client;

  @Test
  void aClusterWithoutChaosMeshIsRefusedWithTheWayOut() {
    assertThat(ChaosMesh.installed(client)).isFalse();
    assertThatThrownBy(() -> ChaosMesh.require(client, "pod-pause"))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("pod-pause on Kubernetes needs Chaos Mesh")
        .hasMessageContaining("podchaos.chaos-mesh.org")
        .hasMessageContaining("use pod-kill or pod-terminate");
  }

  @Test
  void freezeCreatesAPodFailureOnThatPodAndThawDeletesIt() {
    ChaosMeshCrds.install(client);
    ChaosMesh mesh = ChaosMesh.require(client, "pod-pause");
    mesh.freeze("perf", "dash-00aa11");

    GenericKubernetesResource stored = generic("podchaos", "PodChaos", "gauntlet-freeze-dash-00aa11");
    assertThat(stored).isNotNull();
    Map<String, Object> spec = spec(stored);
    assertThat(spec).containsEntry("action", "pod-failure").containsEntry("mode", "one").containsEntry("duration", "600s");
    assertThat(spec.get("selector")).isEqualTo(Map.of("pods", Map.of("perf", List.of("dash-00aa11"))));
    assertThat(stored.getMetadata().getLabels()).containsEntry("app.kubernetes.io/part-of", "gauntlet");

    mesh.thaw("perf", "dash-00aa11");
    assertThat(generic("podchaos", "PodChaos", "gauntlet-freeze-dash-00aa11")).isNull();
  }

  @Test
  void networkDelayAndLossAreNetworkChaosOnThePod() {
    ChaosMeshCrds.install(client);
    ChaosMesh mesh = ChaosMesh.require(client, "network-delay");
    mesh.delay("perf", "light-0000ff", Duration.ofMillis(150), Duration.ofSeconds(20));
    Map<String, Object> spec = spec(generic("networkchaos", "NetworkChaos", "gauntlet-net-light-0000ff"));
    assertThat(spec).containsEntry("action", "delay").containsEntry("direction", "both").containsEntry("duration", "20s")
        .containsEntry("delay", Map.of("latency", "150ms")).doesNotContainKey("loss");

    mesh.clearNetwork("perf", "light-0000ff");
    mesh.loss("perf", "light-0000ff", 25, Duration.ofHours(1));
    spec = spec(generic("networkchaos", "NetworkChaos", "gauntlet-net-light-0000ff"));
    assertThat(spec).containsEntry("action", "loss").containsEntry("loss", Map.of("loss", "25"))
        .as("capped at MAX_FAULT").containsEntry("duration", "600s");

    mesh.freeze("perf", "dash-1");
    mesh.clearAll("perf");
    assertThat(client.resources(NetworkChaos.class).inNamespace("perf").list().getItems()).isEmpty();
    assertThat(client.resources(PodChaos.class).inNamespace("perf").list().getItems()).isEmpty();
  }

  private GenericKubernetesResource generic(String plural, String kind, String name) {
    ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup("chaos-mesh.org")
        .withVersion("v1alpha1").withPlural(plural).withKind(kind).withNamespaced(true).build();
    return client.genericKubernetesResources(context).inNamespace("perf").withName(name).get();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }
}
