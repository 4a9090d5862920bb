package dev.gauntlet.deploy;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** One smoke deployment, real processes: up, survive kill -9 of each component, stop clean. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalDeploymentIT {

  Path stateDir;
  Deployment deployment;
  Endpoints endpoints;
  final List<ComponentProcess> readyAgain = new CopyOnWriteArrayList<>();

  @BeforeAll
  void up() throws Exception {
    stateDir = Files.createTempDirectory("gauntlet-it-");
    deployment = Deployments.local(PlatformFixture.smokeTarget(), stateDir);
    deployment.onRestart(readyAgain::add);
    endpoints = deployment.start();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  @Test
  @Order(1)
  void everyEndpointAnswersAndWarmPodsAreReady() {
    assertThat(endpoints.gateways()).hasSize(2);
    assertThat(endpoints.apps()).containsExactly("dash", "light");
    assertThat(status(endpoints.scheduler().resolve("/readyz"))).isEqualTo(200);
    for (URI gateway : endpoints.gateways()) {
      assertThat(status(gateway.resolve("/readyz"))).isEqualTo(200);
      assertThat(status(gateway.resolve("/apps/dash/_stcore/health"))).isEqualTo(200);
    }
    assertThat(deployment.pods()).filteredOn(p -> p.app().equals("dash") && p.state().equals("ready")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(deployment.processes()).extracting(ComponentProcess::component)
        .containsExactly("scheduler", "gateway-1", "gateway-2");
  }

  @Test
  @Order(2)
  void aKilledSchedulerComesBackOnItsPortAndReadoptsItsPods() throws InterruptedException {
    Set<String> podsBefore = readyPodIds();
    ComponentProcess scheduler = component("scheduler");
    List<List<String>> shortLists = new CopyOnWriteArrayList<>();
    AtomicBoolean adopted = new AtomicBoolean();
    Thread reader = new Thread(() -> readPodsUntil(adopted, podsBefore, shortLists), "pods-reader");
    reader.start();

    ProcessHandle.of(scheduler.pid()).orElseThrow().destroyForcibly();

    await("scheduler restarted and ready on port " + scheduler.port()).atMost(Duration.ofSeconds(60))
        .until(() -> component("scheduler").restarts() == 1 && status(endpoints.scheduler().resolve("/readyz")) == 200);
    assertThat(component("scheduler").port()).isEqualTo(scheduler.port());
    assertThat(component("scheduler").pid()).isNotEqualTo(scheduler.pid());
    await("the restart reported once it was ready").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(readyAgain).extracting(ComponentProcess::component, ComponentProcess::pid)
            .containsExactly(tuple("scheduler", component("scheduler").pid())));
    await("the same pods adopted").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      List<String> ids = deployment.pods().stream().map(Pod::id).toList();
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(readyPodIds()).containsAll(podsBefore);
    });
    adopted.set(true);
    reader.join();
    assertThat(shortLists).as("pod lists read while the scheduler re-adopted its pods").isEmpty();
  }

  /** Lists pods through the kill and restart: a list the harness got must hold every pod, never fewer. */
  private void readPodsUntil(AtomicBoolean done, Set<String> pods, List<List<String>> shortLists) {
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!done.get() && System.nanoTime() < end) {
      try {
        List<String> ids = deployment.pods().stream().map(Pod::id).toList();
        if (!ids.containsAll(pods)) {
          shortLists.add(ids);
        }
      } catch (DeploymentException e) {
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // not listening: the restart gap
      }
    }
  }

  @Test
  @Order(3)
  void aKilledGatewayComesBackWhileTheOtherKeepsAnswering() {
    ComponentProcess gateway = component("gateway-1");
    URI other = endpoints.gateways().get(1);

    ProcessHandle.of(gateway.pid()).orElseThrow().destroyForcibly();

    assertThat(status(other.resolve("/apps/dash/_stcore/health"))).isEqualTo(200);
    await("gateway-1 restarted").atMost(Duration.ofSeconds(60))
        .until(() -> component("gateway-1").restarts() == 1 && status(endpoints.gateways().get(0).resolve("/readyz")) == 200);
    assertThat(status(endpoints.gateways().get(0).resolve("/apps/dash/_stcore/health"))).isEqualTo(200);
    assertThat(status(other.resolve("/apps/dash/_stcore/health"))).isEqualTo(200);
    await("the restart reported once it was ready").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(readyAgain).extracting(ComponentProcess::component).containsExactly("scheduler", "gateway-1"));
    assertThat(readyAgain.get(1).pid()).isEqualTo(component("gateway-1").pid());
  }

  @Test
  @Order(4)
  void stopLeavesNoProcess() throws Exception {
    List<Long> pids = new ArrayList<>(PlatformFixture.registryPids(stateDir));
    pids.addAll(PlatformFixture.podPids(stateDir));
    deployment.processes().forEach(p -> pids.add(p.pid()));
    deployment.pods().forEach(p -> pids.add(p.pid()));
    assertThat(pids).hasSizeGreaterThanOrEqualTo(5);

    deployment.stop();

    PlatformFixture.assertAllDead(pids);
    assertThat(stateDir.resolve("processes.json")).doesNotExist();
  }

  private Set<String> readyPodIds() {
    return deployment.pods().stream().filter(p -> p.state().equals("ready")).map(Pod::id).collect(Collectors.toSet());
  }

  private ComponentProcess component(String name) {
    return deployment.processes().stream().filter(p -> p.component().equals(name)).findFirst().orElseThrow();
  }
}
