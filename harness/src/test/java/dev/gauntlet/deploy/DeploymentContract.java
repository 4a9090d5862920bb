package dev.gauntlet.deploy;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What every Deployment kind does, run against each for real: 1 gateway and one app (warm 1)
 * up, its targets listed with their kind's handle, a session through the gateway, each fault's
 * effect and the recovery, nothing left after stop. A kind says how its effects are seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeploymentContract {

  Deployment deployment;
  Endpoints endpoints;

  /** The kind's deployment of {@code target}, its state under {@code stateDir}. */
  abstract Deployment create(LocalTarget target, Path stateDir);

  /** The scenario's {@code target.kind}. */
  abstract String kind();

  /** Whether a paused target is frozen now (SIGSTOPped, the cgroup freezer). */
  abstract boolean frozen(Target target);

  /** Whether a killed or terminated target no longer runs. */
  abstract boolean gone(Target target);

  /** Fails when anything the deployment started still runs; {@code lastSeen}: its targets just before stop. */
  abstract void assertNothingLeft(List<Target> lastSeen);

  /** Runs before the deployment starts (a kind's skip, or what it must find at start). */
  void beforeStart() {}

  /**
   * Whether a killed gateway is brought back by the deployment itself: the harness supervises
   * local processes and containers; on a mock API server nothing plays the controller manager
   * that would replace a gateway pod.
   */
  boolean gatewaysRestart() {
    return true;
  }

  @BeforeAll
  void up() throws Exception {
    beforeStart();
    Path dir = Files.createTempDirectory("gauntlet-contract-" + kind() + "-");
    Path scenario = dir.resolve("contract.yaml");
    Files.writeString(scenario, """
        name: contract
        target:
          kind: %s
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
        """.formatted(kind(), PlatformFixture.home().resolve("apps/light.yaml")));
    deployment = create((LocalTarget) Scenarios.load(scenario).target(), dir.resolve("deployment"));
    endpoints = deployment.start();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  @Test
  @Order(10)
  void itListsThePodAndTheComponentsEachWithAHandle() {
    List<Target> targets = deployment.targets();
    assertThat(targets).extracting(Target::component).containsExactlyInAnyOrder("runtime", "gateway", "scheduler");
    assertThat(targets).allMatch(t -> t.handle() != null
        && (t.handle().pid() != null || t.handle().containerId() != null || t.handle().podName() != null));
    assertThat(targets).filteredOn(t -> t.component().equals(Target.RUNTIME)).singleElement()
        .matches(t -> t.app().equals("light") && t.state().equals("ready") && t.endpoint() != null);
  }

  @Test
  @Order(20)
  void aSessionRunsThroughTheGateway() {
    try (SessionClient client = SessionClient.connect(SessionOptions.of(URI.create(endpoints.gateways().get(0) + "/apps/light")))) {
      assertThat(client.rerun(Reruns.first("")).await(Duration.ofSeconds(20)).deltas()).isNotEmpty();
      assertThat(deployment.targets()).filteredOn(t -> t.component().equals(Target.RUNTIME)).anyMatch(t -> t.sessions() == 1);
    }
  }

  @Test
  @Order(30)
  void aKilledPodIsGoneAndReplaced() {
    Target pod = readyPod();
    deployment.kill(pod);
    awaitReplaced(pod);
  }

  @Test
  @Order(40)
  void aTerminatedPodIsGoneAndReplaced() {
    Target pod = readyPod();
    deployment.terminate(pod, Duration.ofSeconds(2));
    awaitReplaced(pod);
  }

  @Test
  @Order(50)
  void pauseFreezesAPodAndResumeThawsIt() {
    Target pod = readyPod();
    deployment.pause(pod);
    await(pod.id() + " frozen").atMost(Duration.ofSeconds(10)).until(() -> frozen(pod));
    deployment.resume(pod);
    await(pod.id() + " thawed").atMost(Duration.ofSeconds(10)).until(() -> !frozen(pod));
    assertThat(gone(pod)).isFalse();
  }

  @Test
  @Order(60)
  void aKilledGatewayComesBackOnItsPort() {
    Target gateway = deployment.targets().stream().filter(t -> t.component().equals(Target.GATEWAY)).findFirst().orElseThrow();
    deployment.kill(gateway);
    if (!gatewaysRestart()) {
      await("gateway-1 gone").atMost(Duration.ofSeconds(20)).until(() -> gone(gateway));
      return; // nothing here would bring it back (see gatewaysRestart)
    }
    await("gateway-1 restarted with a new handle").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
        deployment.targets().stream().anyMatch(t -> t.id().equals("gateway-1") && !t.handle().equals(gateway.handle()))
            && status(endpoints.gateways().get(0).resolve("/readyz")) == 200);
    aSessionRunsThroughTheGateway();
  }

  @Test
  @Order(90)
  void stopLeavesNothingRunning() {
    List<Target> lastSeen = deployment.targets();
    deployment.stop();
    assertNothingLeft(lastSeen);
  }

  private Target readyPod() {
    return deployment.targets().stream().filter(t -> t.component().equals(Target.RUNTIME) && t.state().equals("ready"))
        .findFirst().orElseThrow();
  }

  private void awaitReplaced(Target old) {
    await(old.id() + " gone").atMost(Duration.ofSeconds(20)).until(() -> gone(old));
    await("a new light pod ready").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
        deployment.targets().stream().anyMatch(t -> t.component().equals(Target.RUNTIME)
            && t.state().equals("ready") && !t.id().equals(old.id())));
  }
}
