package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.gauntlet.deploy.internal.DockerApi;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.TargetKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The Deployment contract on the docker kind (skipped without an engine, failed instead under
 * GAUNTLET_REQUIRE_ALL=1), and what only containers have: labels, the pool's limits, and a
 * crashed run's containers reaped at start.
 */
class DockerDeploymentContractIT extends DeploymentContract {

  private final String runId = "it-" + UUID.randomUUID().toString().substring(0, 8);
  private DockerClient docker;
  private String leftOver;

  @Override
  void beforeStart() {
    DockerEngine.requireOrSkip();
    docker = DockerApi.client();
    leftOver = crashedRunsContainer();
  }

  @Override
  Deployment create(LocalTarget target, Path stateDir) {
    return Deployments.of(target, stateDir, runId, line -> System.err.println("docker: " + line));
  }

  @Override
  String kind() {
    return TargetKind.DOCKER.text();
  }

  @Override
  boolean frozen(Target target) {
    return Boolean.TRUE.equals(state(target).getPaused());
  }

  @Override
  boolean gone(Target target) {
    try {
      return !Boolean.TRUE.equals(state(target).getRunning());
    } catch (NotFoundException e) {
      return true; // exited and removed
    }
  }

  @Override
  void assertNothingLeft(List<Target> lastSeen) {
    assertThat(containers()).as("containers labelled %s=%s", DockerApi.RUN, runId).isEmpty();
  }

  @Test
  @Order(1)
  void aCrashedRunsContainerWasReapedAtStart() {
    if (leftOver != null) {
      assertThat(docker.listContainersCmd().withShowAll(true).exec()).extracting(Container::getId).doesNotContain(leftOver);
    }
  }

  @Test
  @Order(2)
  void theContainersCarryTheRunsLabelsAndThePoolsLimits() {
    List<Container> ours = containers();
    assertThat(ours).extracting(c -> c.getLabels().get(DockerApi.COMPONENT))
        .containsExactlyInAnyOrder("scheduler", "gateway", "runtime");
    Container pod = ours.stream().filter(c -> "runtime".equals(c.getLabels().get(DockerApi.COMPONENT))).findFirst().orElseThrow();
    assertThat(pod.getLabels()).containsEntry(DockerApi.APP, "light").containsKey(DockerApi.POD);
    InspectContainerResponse inspect = docker.inspectContainerCmd(pod.getId()).exec();
    assertThat(inspect.getHostConfig().getMemory()).isEqualTo(256L * 1024 * 1024);
    assertThat(inspect.getHostConfig().getNanoCPUs()).isEqualTo(500_000_000L);
    assertThat(inspect.getHostConfig().getNetworkMode()).isEqualTo("host");
  }

  /** A container as a crashed run leaves it: labelled with a run whose harness is gone (pid 1 never started at 0). */
  private String crashedRunsContainer() {
    List<String> images = docker.listImagesCmd().withImageNameFilter("gauntlet-platform").exec().stream()
        .flatMap(i -> i.getRepoTags() == null ? java.util.stream.Stream.empty() : Arrays.stream(i.getRepoTags()))
        .toList();
    if (images.isEmpty()) {
      return null; // the first build on this engine: nothing to leave behind yet
    }
    return docker.createContainerCmd(images.get(0)).withCmd("/opt/java/bin/java", "-version")
        .withLabels(Map.of(DockerApi.RUN, runId + "-crashed", DockerApi.HARNESS, "1@0")).exec().getId();
  }

  private InspectContainerResponse.ContainerState state(Target t) {
    return docker.inspectContainerCmd(t.handle().containerId()).exec().getState();
  }

  private List<Container> containers() {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(DockerApi.RUN, runId)).exec();
  }
}
