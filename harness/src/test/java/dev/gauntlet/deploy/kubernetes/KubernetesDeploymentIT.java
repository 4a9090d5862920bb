package dev.gauntlet.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.analysis.PodStartupPhases;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.internal.PlatformJar;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenarios;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kubernetes kind end to end against Fabric8's mock API server (CRUD mode) and {@link NodeAgent}:
 * the scheduler's kubernetes pod driver creates runtime pods through the API, the agent runs them as
 * processes and writes their conditions back; the scheduler and gateway run here as processes.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesDeploymentIT {

  static final Path HOME = PlatformJar.home();
  static final Duration DEADLINE = Duration.ofSeconds(60);

  KubernetesClient client;
  @TempDir
  Path dir;
  NodeAgent agent;
  KubernetesDeployment deployment;
  final List<String> log = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopAll() throws Exception {
    if (deployment != null) {
      deployment.stop();
    }
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  void podsAreCreatedKilledTerminatedReplacedAndTheirStartUpPhasesRead() throws Exception {
    namespace("gauntlet-it", Map.of(Labels.CHAOS, Labels.CHAOS_ALLOWED));
    agent = new NodeAgent(client, "gauntlet-it", PlatformJar.locate(), Files.createDirectories(dir.resolve("node")));
    deployment = deployment("gauntlet-it");
    Endpoints endpoints = deployment.start();
    assertThat(endpoints.gateways()).hasSize(1);

    List<Target> runtime = runtimeTargets();
    assertThat(runtime).hasSize(2).allSatisfy(t -> {
      assertThat(t.state()).isEqualTo("ready");
      assertThat(t.handle().namespace()).isEqualTo("gauntlet-it");
      assertThat(t.handle().uid()).isNotBlank();
      assertThat(t.endpoint()).startsWith("http://127.0.0.1:");
    });
    assertThat(deployment.targets()).extracting(Target::component).contains(Target.GATEWAY, Target.SCHEDULER);
    assertThat(client.pods().inNamespace("gauntlet-it").withName(runtime.get(0).id()).get().getMetadata()
        .getOwnerReferences()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("gauntlet-scheduler"));

    Target victim = runtime.get(0);
    deployment.kill(victim);
    assertThat(client.pods().inNamespace("gauntlet-it").withName(victim.id()).get()).as("deleted with grace 0").isNull();
    await("a replacement pod, ready").atMost(DEADLINE).until(() -> {
      List<Target> now = runtimeTargets();
      return now.size() == 2 && now.stream().allMatch(t -> t.state().equals("ready"))
          && now.stream().noneMatch(t -> t.id().equals(victim.id()));
    });

    Target second = runtimeTargets().get(0);
    deployment.terminate(second, Duration.ofSeconds(2));
    assertThat(client.pods().inNamespace("gauntlet-it").withName(second.id()).get()).as("deleted with grace").isNull();
    await("a replacement for the terminated pod").atMost(DEADLINE).until(() -> {
      List<Target> now = runtimeTargets();
      return now.size() == 2 && now.stream().allMatch(t -> t.state().equals("ready"))
          && now.stream().noneMatch(t -> t.id().equals(second.id()));
    });

    Target crashing = runtimeTargets().get(0);
    agent.crash(crashing.id());
    await("the crashed pod Failed and replaced").atMost(DEADLINE).until(() -> {
      List<Target> now = runtimeTargets();
      return now.size() == 2 && now.stream().allMatch(t -> t.state().equals("ready"))
          && now.stream().noneMatch(t -> t.id().equals(crashing.id()));
    });
    var crashed = client.pods().inNamespace("gauntlet-it").withName(crashing.id()).get();
    assertThat(crashed.getStatus().getPhase()).as("kept for inspection, not a target").isEqualTo("Failed");
    assertThat(crashed.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode()).isEqualTo(137);

    List<PodStartup> startups = deployment.podStartups();
    assertThat(startups.stream().filter(PodStartup::isReady).count()).as("2 warm pods and the replacements")
        .isGreaterThanOrEqualTo(5);
    Map<String, SliStats> phases = PodStartupPhases.of(startups);
    assertThat(phases).containsKeys(PodStartup.SCHEDULED, PodStartup.INITIALIZED, PodStartup.CONTAINERS_READY,
        PodStartup.READY, PodStartup.CREATED_TO_READY);
    assertThat(phases.get(PodStartup.CREATED_TO_READY).count()).isGreaterThanOrEqualTo(5);
    System.out.println("pod start-up phases (mock API server + node agent): " + phases);

    assertThatThrownBy(() -> deployment.pause(runtimeTargets().get(0))).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("needs Chaos Mesh");

    deployment.stop();
    assertThat(client.pods().inNamespace("gauntlet-it").list().getItems()).as("no pod outlives the run").isEmpty();
    assertThat(client.configMaps().inNamespace("gauntlet-it").list().getItems()).isEmpty();
    assertThat(deployment.processes()).isEmpty();
    await("the agent's processes end").atMost(DEADLINE).until(() -> agent.running() == 0);
  }

  @Test
  void aNamespaceNotLabelledForChaosIsRefusedBeforeAnythingStarts() {
    namespace("prod", Map.of("team", "payments"));
    deployment = deployment("prod");
    assertThatThrownBy(deployment::start).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("namespace prod (target.kubernetes.namespace) is not labelled gauntlet.dev/chaos=allowed")
        .hasMessageContaining("kubectl label namespace prod gauntlet.dev/chaos=allowed");
    assertThat(client.configMaps().inNamespace("prod").list().getItems()).isEmpty();
    assertThat(client.apps().deployments().inNamespace("prod").list().getItems()).isEmpty();
    assertThatThrownBy(() -> deployment("absent").start()).hasMessageContaining("namespace absent")
        .hasMessageContaining("does not exist");
  }

  private KubernetesDeployment deployment(String namespace) {
    try {
      Path scenario = dir.resolve("k8s.yaml");
      Files.writeString(scenario, String.join("\n", "name: k8s-it", "target:", "  kind: kubernetes", "  gateways: 1",
          "  kubernetes: {namespace: " + namespace + "}", "  apps:",
          "    - spec: " + HOME.resolve("apps/dash.yaml"), "      warm: 2", "      startTimeout: 45s", ""));
      LocalTarget target = (LocalTarget) Scenarios.load(scenario).target();
      return new KubernetesDeployment(client, target, "gauntlet-platform:it", "it-run",
          Components.localProcesses(client, PlatformJar.locate(), dir.resolve("state"), log::add), log::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Target> runtimeTargets() {
    return deployment.targets().stream().filter(t -> t.component().equals(Target.RUNTIME)).toList();
  }

  private void namespace(String name, Map<String, String> labels) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).withLabels(labels)
        .endMetadata().build()).create();
  }
}
