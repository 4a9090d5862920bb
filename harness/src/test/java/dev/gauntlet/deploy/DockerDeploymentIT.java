package dev.gauntlet.deploy;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import dev.gauntlet.deploy.internal.DockerApi;
import dev.gauntlet.protocol.client.SessionClient;
import dev.gauntlet.protocol.client.SessionOptions;
import dev.gauntlet.protocol.rerun.Reruns;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The docker kind for real: image built, 1 gateway and one app (warm 1, 0.5 CPU, 256 MiB) as
 * labelled containers, a session through the gateway, each fault and the recovery, nothing left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerDeploymentIT {

  static final long MEMORY = 256L * 1024 * 1024;

  final String runId = "it-" + UUID.randomUUID().toString().substring(0, 8);
  DockerClient docker;
  String leftOver;
  Deployment deployment;
  Endpoints endpoints;

  @BeforeAll
  void up() throws Exception {
    DockerEngine.requireOrSkip();
    docker = DockerApi.client();
    Path dir = Files.createTempDirectory("gauntlet-docker-it-");
    Path scenario = dir.resolve("docker.yaml");
    Files.writeString(scenario, """
        name: docker-it
        target:
          kind: docker
          gateways: 1
          apps:
            - spec: %s
              warm: 1
              resources: {cpu: 0.5, memory: 256Mi}
          runtime:
            jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]
        load:
          model: closed
          users: 1
          hold: 1s
          apps: [{app: light, weight: 1, widgets: [{key: n, kind: slider, values: [1, 2]}]}]
        """.formatted(PlatformFixture.home().resolve("apps/light.yaml")));
    LocalTarget target = (LocalTarget) Scenarios.load(scenario).target();
    deployment = Deployments.of(target, dir.resolve("deployment"), runId, line -> System.err.println("it: " + line));
    leftOver = crashedRunsContainer();
    endpoints = deployment.start();
  }

  /** A container as a crashed run leaves it: labelled with a run whose harness is gone (pid 1 never started at 0). */
  private String crashedRunsContainer() {
    List<String> images = docker.listImagesCmd().withImageNameFilter("gauntlet-platform").exec().stream()
        .flatMap(i -> i.getRepoTags() == null ? java.util.stream.Stream.empty() : java.util.Arrays.stream(i.getRepoTags()))
        .toList();
    if (images.isEmpty()) {
      return null; // the first build on this engine: nothing to leave behind yet
    }
    return docker.createContainerCmd(images.get(0)).withCmd("/opt/java/bin/java", "-version")
        .withLabels(Map.of(DockerApi.RUN, runId + "-crashed", DockerApi.HARNESS, "1@0")).exec().getId();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  @Test
  @Order(1)
  void theContainersCarryTheRunsLabelsAndThePoolsLimits() {
    List<Container> ours = containers();
    assertThat(ours).extracting(c -> c.getLabels().get(DockerApi.COMPONENT))
        .containsExactlyInAnyOrder("scheduler", "gateway", "runtime");
    Container pod = ours.stream().filter(c -> "runtime".equals(c.getLabels().get(DockerApi.COMPONENT))).findFirst().orElseThrow();
    assertThat(pod.getLabels()).containsEntry(DockerApi.APP, "light").containsKey(DockerApi.POD);
    InspectContainerResponse inspect = docker.inspectContainerCmd(pod.getId()).exec();
    assertThat(inspect.getHostConfig().getMemory()).isEqualTo(MEMORY);
    assertThat(inspect.getHostConfig().getNanoCPUs()).isEqualTo(500_000_000L);
    assertThat(inspect.getHostConfig().getNetworkMode()).isEqualTo("host");
    assertThat(deployment.targets()).extracting(t -> t.component() + ":" + (t.handle().containerId() != null))
        .containsExactlyInAnyOrder("runtime:true", "gateway:true", "scheduler:true");
  }

  @Test
  @Order(0)
  void aCrashedRunsContainerWasReapedAtStart() {
    if (leftOver != null) {
      assertThat(docker.listContainersCmd().withShowAll(true).exec()).extracting(Container::getId).doesNotContain(leftOver);
    }
  }

  @Test
  @Order(2)
  void aSessionRunsThroughTheGateway() {
    try (SessionClient client = SessionClient.connect(SessionOptions.of(app()))) {
      assertThat(client.rerun(Reruns.first("")).await(Duration.ofSeconds(20)).deltas()).isNotEmpty();
      assertThat(deployment.targets()).filteredOn(t -> t.component().equals(Target.RUNTIME))
          .anyMatch(t -> t.sessions() == 1);
    }
  }

  @Test
  @Order(3)
  void aKilledPodIsReplacedByANewContainer() {
    Target pod = pod();
    deployment.kill(pod);
    awaitNewReadyPod(pod);
  }

  @Test
  @Order(4)
  void aTerminatedPodIsReplacedToo() {
    Target pod = pod();
    deployment.terminate(pod, Duration.ofSeconds(2));
    awaitNewReadyPod(pod);
  }

  @Test
  @Order(5)
  void pauseFreezesThePodAndResumeThawsIt() {
    Target pod = pod();
    deployment.pause(pod);
    assertThat(state(pod).getPaused()).isTrue();
    deployment.resume(pod);
    assertThat(state(pod).getPaused()).isFalse();
    assertThat(state(pod).getRunning()).isTrue();
  }

  @Test
  @Order(6)
  void aKilledGatewayComesBackOnItsPortInANewContainer() {
    Target gateway = deployment.targets().stream().filter(t -> t.component().equals(Target.GATEWAY)).findFirst().orElseThrow();
    deployment.kill(gateway);
    await("gateway-1 restarted").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
        deployment.targets().stream().anyMatch(t -> t.id().equals("gateway-1")
            && !t.handle().containerId().equals(gateway.handle().containerId()))
            && status(endpoints.gateways().get(0).resolve("/readyz")) == 200);
    aSessionRunsThroughTheGateway();
  }

  @Test
  @Order(7)
  void stopRemovesEveryContainerOfTheRun() {
    deployment.stop();
    assertThat(containers()).isEmpty();
  }

  private URI app() {
    return URI.create(endpoints.gateways().get(0) + "/apps/light");
  }

  private Target pod() {
    return deployment.targets().stream().filter(t -> t.component().equals(Target.RUNTIME) && t.state().equals("ready"))
        .findFirst().orElseThrow();
  }

  private void awaitNewReadyPod(Target old) {
    await("container of " + old.id() + " removed").atMost(Duration.ofSeconds(20)).until(() ->
        containers().stream().noneMatch(c -> c.getId().equals(old.handle().containerId())));
    await("a new light pod ready").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
        deployment.targets().stream().anyMatch(t -> t.component().equals(Target.RUNTIME)
            && t.state().equals("ready") && !t.id().equals(old.id())));
  }

  private InspectContainerResponse.ContainerState state(Target t) {
    return docker.inspectContainerCmd(t.handle().containerId()).exec().getState();
  }

  private List<Container> containers() {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerApi.RUN, runId)).exec();
  }
}
