package dev.gauntlet.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMeshCrds;
import dev.gauntlet.deploy.kubernetes.chaosmesh.PodChaos;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's deployment seen through the API by its selectors, against Fabric8's mock API server. */
@EnableKubernetesMockClient(crud = true)
class ExternalKubernetesDeploymentIT {

  static final URI URL = URI.create("http://127.0.0.1:8501");
  static final Map<String, String> SELECTORS = Map.of("runtime", "app=streamlit-runtime", "gateway", "app=gateway");

  KubernetesClient client;

  @Test
  void targetsFaultsAndStartUpPhasesGoThroughTheApiByTheBlocksSelectors() {
    namespace("staging", Map.of(Labels.CHAOS, Labels.CHAOS_ALLOWED));
    pod("staging", "rt-1", Map.of("app", "streamlit-runtime", "app.kubernetes.io/name", "dash"), true);
    pod("staging", "rt-2", Map.of("app", "streamlit-runtime"), false);
    pod("staging", "gw-1", Map.of("app", "gateway"), true);
    pod("staging", "db-0", Map.of("app", "postgres"), true);
    ExternalKubernetesDeployment view = view("staging", SELECTORS);

    assertThat(view.start().gateways()).containsExactly(URL);
    assertThat(view.targets()).extracting(t -> t.component() + " " + t.id() + " " + t.state() + " " + t.app())
        .containsExactlyInAnyOrder("runtime rt-1 ready dash", "runtime rt-2 starting null", "gateway gw-1 running null");
    await().atMost(Duration.ofSeconds(10)).until(() -> view.podStartups().stream().anyMatch(PodStartup::isReady));
    PodStartup rt1 = view.podStartups().stream().filter(PodStartup::isReady).findFirst().orElseThrow();
    assertThat(rt1.pod()).isEqualTo("rt-1");
    assertThat(rt1.phases()).containsKeys(PodStartup.SCHEDULED, PodStartup.CONTAINERS_READY, PodStartup.READY);

    Target rt2 = view.targets().stream().filter(t -> t.id().equals("rt-2")).findFirst().orElseThrow();
    assertThatThrownBy(() -> view.pause(rt2)).hasMessageContaining("needs Chaos Mesh");
    ChaosMeshCrds.install(client);
    view.pause(rt2);
    assertThat(client.resources(PodChaos.class).inNamespace("staging").withName("gauntlet-freeze-rt-2").get()
        .getSpec().selector().pods()).isEqualTo(Map.of("staging", List.of("rt-2")));
    view.resume(rt2);
    assertThat(client.resources(PodChaos.class).inNamespace("staging").list().getItems()).isEmpty();

    view.kill(rt2);
    assertThat(client.pods().inNamespace("staging").withName("rt-2").get()).isNull();
    Target elsewhere = new Target(Target.RUNTIME, "x", null, null, "ready", 0, List.of(),
        Target.Handle.pod("prod", "x", "uid"));
    assertThatThrownBy(() -> view.kill(elsewhere)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("outside namespace staging");

    view.stop();
    assertThat(client.pods().inNamespace("staging").list().getItems()).extracting(p -> p.getMetadata().getName())
        .as("the user's pods stay").containsExactlyInAnyOrder("rt-1", "gw-1", "db-0");
  }

  @Test
  void anUnlabelledNamespaceAndASetBasedSelectorAreRefused() {
    namespace("prod", Map.of());
    assertThatThrownBy(() -> view("prod", SELECTORS).start()).hasMessageContaining("is not labelled gauntlet.dev/chaos=allowed");
    assertThatThrownBy(() -> view("prod", Map.of("runtime", "app in (a,b)")))
        .hasMessageContaining("target.kubernetes.selectors.runtime 'app in (a,b)' is not a list of label=value");
  }

  private ExternalKubernetesDeployment view(String namespace, Map<String, String> selectors) {
    return new ExternalKubernetesDeployment(client, new ExternalTarget(URL, new KubernetesSettings(null, namespace, selectors)));
  }

  private void namespace(String name, Map<String, String> labels) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).withLabels(labels)
        .endMetadata().build()).create();
  }

  /** A pod as a kubelet leaves it: scheduled, and ready or not. */
  private void pod(String namespace, String name, Map<String, String> labels, boolean ready) {
    Pod pod = client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(name)
        .withLabels(labels).endMetadata().withNewSpec().addNewContainer().withName("c").withImage("i").endContainer()
        .endSpec().build()).create();
    String later = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString();
    var status = new PodBuilder(pod).withNewStatus().withPhase("Running").withPodIP("10.0.0.1")
        .addNewCondition().withType("PodScheduled").withStatus("True").withLastTransitionTime(later).endCondition();
    if (ready) {
      for (String type : List.of("Initialized", "ContainersReady", "Ready")) {
        status.addNewCondition().withType(type).withStatus("True").withLastTransitionTime(later).endCondition();
      }
    }
    client.pods().inNamespace(namespace).resource(status.endStatus().build()).updateStatus();
  }
}
