package dev.gauntlet.platform.scheduler.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.platform.common.StartupException;
import dev.gauntlet.platform.scheduler.KubernetesPods;
import dev.gauntlet.platform.scheduler.PodDriver;
import dev.gauntlet.platform.scheduler.PodHandle;
import dev.gauntlet.platform.scheduler.PodRecord;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kubernetes pod driver against Fabric8's mock API server (CRUD mode); this test plays the kubelet. */
@EnableKubernetesMockClient(crud = true)
class KubernetesPodDriverIT {

  static final KubernetesPods CONFIG = new KubernetesPods("perf", "gauntlet-platform:local", "gauntlet-scheduler",
      "gauntlet-config", "/etc/gauntlet", Optional.of("run-7"), Map.of("dash", Map.of("cpu", "500m", "memory", "256Mi")));
  static final Duration DEADLINE = Duration.ofSeconds(10);

  KubernetesClient client;
  String ownerUid;
  KubernetesPodDriver driver;

  @BeforeEach
  void owner() {
    ownerUid = client.apps().deployments().inNamespace("perf").resource(new DeploymentBuilder().withNewMetadata()
        .withName("gauntlet-scheduler").endMetadata().withNewSpec().endSpec().build()).create().getMetadata().getUid();
    driver = new KubernetesPodDriver(client, CONFIG, List.of("-Xmx64m", "-XX:+UseSerialGC"));
  }

  @AfterEach
  void closeInformer() {
    driver.close();
  }

  @Test
  void createsALabelledOwnedPodThatIsReadyWhenItsStatusSaysSo() throws Exception {
    PodHandle handle = driver.create(new PodDriver.PodRequest("dash-0000aa", "dash", Path.of("/x/apps/dash.yaml")));
    Pod pod = client.pods().inNamespace("perf").withName("dash-0000aa").get();
    assertThat(pod.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "runtime")
        .containsEntry("gauntlet.dev/app", "dash").containsEntry("gauntlet.dev/run", "run-7");
    assertThat(pod.getMetadata().getOwnerReferences()).singleElement()
        .satisfies(o -> assertThat(o.getKind() + "/" + o.getName() + "/" + o.getUid())
            .isEqualTo("Deployment/gauntlet-scheduler/" + ownerUid));
    var container = pod.getSpec().getContainers().get(0);
    assertThat(container.getArgs()).containsSubsequence("runtime", "--app-spec", "/etc/gauntlet/dash.yaml",
        "--pod-id", "dash-0000aa");
    assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("256Mi"));
    assertThat(container.getEnv()).anySatisfy(e -> assertThat(e.getValue()).isEqualTo("-Xmx64m -XX:+UseSerialGC"));
    assertThat(handle.endpoint()).as("not ready yet").isEmpty();
    assertThat(handle.pidStartedAt()).isPositive();

    markReady("dash-0000aa", "10.1.2.3");
    await().atMost(DEADLINE).until(() -> handle.endpoint().isPresent());
    assertThat(handle.endpoint()).contains("http://10.1.2.3:8080");

    handle.stop(true);
    assertThat(handle.onExit().get(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("pod deleted");
    assertThat(handle.isAlive()).isFalse();
    assertThat(client.pods().inNamespace("perf").withName("dash-0000aa").get()).isNull();
  }

  @Test
  void aPodKilledForMemoryEndsWithItsReason() throws Exception {
    PodHandle handle = driver.create(new PodDriver.PodRequest("dash-0000bb", "dash", Path.of("dash.yaml")));
    Pod pod = client.pods().inNamespace("perf").withName("dash-0000bb").get();
    client.pods().inNamespace("perf").resource(new PodBuilder(pod).withNewStatus().withPhase("Failed")
        .addNewContainerStatus().withName("runtime").withNewState().withNewTerminated().withReason("OOMKilled")
        .withExitCode(137).endTerminated().endState().endContainerStatus().endStatus().build()).updateStatus();
    assertThat(handle.onExit().get(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
        .isEqualTo("pod phase Failed: OOMKilled, exit status 137");
  }

  @Test
  void aRestartedSchedulerAdoptsTheSamePodAndNoNamesake() throws Exception {
    PodHandle handle = driver.create(new PodDriver.PodRequest("dash-0000cc", "dash", Path.of("dash.yaml")));
    markReady("dash-0000cc", "10.1.2.4");
    try (KubernetesPodDriver restarted = new KubernetesPodDriver(client, CONFIG, List.of())) {
      Optional<PodHandle> adopted = restarted.adopt(record("dash-0000cc", handle.pidStartedAt()));
      assertThat(adopted).isPresent();
      assertThat(adopted.get().isAlive()).isTrue();
      await().atMost(DEADLINE).until(() -> adopted.get().endpoint().isPresent());
      assertThat(restarted.adopt(record("dash-0000cc", handle.pidStartedAt() - 60_000))).as("a namesake").isEmpty();
      assertThat(restarted.adopt(record("dash-gone00", handle.pidStartedAt()))).isEmpty();
    }
  }

  @Test
  void withoutItsOwnerDeploymentTheSchedulerDoesNotStart() {
    KubernetesPods elsewhere = new KubernetesPods("other", "img", "gauntlet-scheduler", "cm", "/etc/gauntlet",
        Optional.empty(), Map.of());
    assertThatThrownBy(() -> new KubernetesPodDriver(client, elsewhere, List.of()))
        .isInstanceOf(StartupException.class).hasMessageContaining("no Deployment other/gauntlet-scheduler")
        .hasMessageContaining("gauntlet k8s manifests");
  }

  private static PodRecord record(String id, long createdAt) {
    return new PodRecord(id, "dash", 0, createdAt, null, createdAt, null, null);
  }

  private void markReady(String name, String ip) {
    Pod pod = client.pods().inNamespace("perf").withName(name).get();
    client.pods().inNamespace("perf").resource(new PodBuilder(pod).withNewStatus().withPhase("Running").withPodIP(ip)
        .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build()).updateStatus();
  }
}
