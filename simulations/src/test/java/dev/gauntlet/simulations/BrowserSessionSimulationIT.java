package dev.gauntlet.simulations;

import static dev.gauntlet.simulations.RunFiles.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.load.GatlingLauncher;
import dev.gauntlet.load.Plan;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import static org.awaitility.Awaitility.await;

/** The browser simulation against a real local deployment: via a gateway, a pod, and as external. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserSessionSimulationIT {

  Path work;
  Deployment deployment;
  Endpoints endpoints;

  @BeforeAll
  void up() throws IOException {
    work = Files.createTempDirectory("gauntlet-sim-it-");
    LocalTarget target = new LocalTarget(2, 0, SchedulerSettings.defaults(),
        List.of(new AppPool("dash", RunFiles.home().resolve("apps/dash.yaml"), 2, 50,
            Duration.ofSeconds(60), Duration.ofSeconds(30))),
        RuntimeSettings.defaults());
    deployment = Deployments.local(target, work.resolve("state"));
    endpoints = deployment.start();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  List<String> gateways() {
    return endpoints.gateways().stream().map(URI::toString).toList();
  }

  @Test
  @Order(1)
  void everySessionRendersAndRerunsThroughTheGateways() {
    Path runDir = work.resolve("via-gateway");
    Plan plan = RunFiles.dashPlan(runDir, "via-gateway", gateways(), "/apps/dash", 5, 2, 3000, 400);

    int code = GatlingLauncher.run(RunFiles.write(plan), runDir);

    assertThat(code).isZero();
    assertCompleteRun(runDir, 2);
    assertThat(runDir.resolve("histograms/ttfr_ms.hlog")).isNotEmptyFile();
    assertThat(runDir.resolve("histograms/rerun_ms.hgrm")).isNotEmptyFile();
    assertThat(runDir.resolve("gatling")).isDirectoryRecursivelyContaining("glob:**/index.html");
  }

  @Test
  @Order(2)
  void theSameSimulationTalksToARuntimePodDirectly() {
    Pod pod = deployment.pods().stream().filter(p -> p.state().equals("ready")).findFirst().orElseThrow();
    Path runDir = work.resolve("direct");
    Plan plan = RunFiles.dashPlan(runDir, "direct", List.of(pod.endpoint()), "", 3, 2, 2000, 300);

    assertThat(GatlingLauncher.run(RunFiles.write(plan), runDir)).isZero();
    assertCompleteRun(runDir, 2);
  }

  @Test
  @Order(3)
  void theSameSimulationTalksToAnExternalUrl() {
    Path runDir = work.resolve("external");
    // external: only a URL, the app path is part of it
    Plan plan = RunFiles.dashPlan(runDir, "external", List.of(gateways().get(0) + "/apps/dash"), "", 3, 2, 2000, 300);

    assertThat(GatlingLauncher.run(RunFiles.write(plan), runDir)).isZero();
    assertCompleteRun(runDir, 2);
  }

  @Test
  @Order(4)
  void aKilledPodShowsAsFailoverSeenWithItsGap() {
    Path runDir = work.resolve("pod-kill");
    Plan plan = RunFiles.dashPlan(runDir, "pod-kill", gateways(), "/apps/dash", 4, 8, 1000, 1500);
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> GatlingLauncher.run(RunFiles.write(plan), runDir));
    awaitFirstRenders(runDir, 4);
    Pod busy = deployment.pods().stream().filter(p -> p.sessions() > 0).findFirst().orElseThrow();

    ProcessHandle.of(busy.pid()).orElseThrow().destroyForcibly();

    assertThat(running.join()).isZero();
    List<JsonNode> journal = RunFiles.journal(runDir);
    assertThat(ofType(journal, "failover_seen")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("gapMs").asDouble()).isPositive());
    assertThat(ofType(journal, "session_ended")).noneMatch(e -> e.path("outcome").asText().equals("lost"));
  }

  @Test
  @Order(5)
  void aKilledGatewayShowsDroppedThenRecoveredOnTheOtherEntryPoint() {
    Path runDir = work.resolve("gateway-kill");
    Plan plan = RunFiles.dashPlan(runDir, "gateway-kill", gateways(), "/apps/dash", 4, 8, 1000, 1500);
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> GatlingLauncher.run(RunFiles.write(plan), runDir));
    awaitFirstRenders(runDir, 4);
    long gatewayPid = deployment.processes().stream().filter(p -> p.component().equals("gateway-1"))
        .findFirst().orElseThrow().pid();

    ProcessHandle.of(gatewayPid).orElseThrow().destroyForcibly();

    assertThat(running.join()).isZero();
    List<JsonNode> journal = RunFiles.journal(runDir);
    List<JsonNode> dropped = ofType(journal, "socket_dropped");
    assertThat(dropped).isNotEmpty();
    for (JsonNode drop : dropped) {
      long vu = drop.path("vu").asLong();
      assertThat(ofType(journal, "socket_recovered")).as("vu %d recovered", vu)
          .anySatisfy(r -> {
            assertThat(r.path("vu").asLong()).isEqualTo(vu);
            assertThat(r.path("t").asLong()).isGreaterThanOrEqualTo(drop.path("t").asLong());
            assertThat(r.path("gapMs").asDouble()).isPositive();
            assertThat(r.path("sessionId").asText()).isNotBlank();
          });
    }
  }

  static void awaitFirstRenders(Path runDir, int count) {
    await("first renders in " + runDir).atMost(Duration.ofSeconds(60)).until(() ->
        Files.exists(runDir.resolve("journal.jsonl")) && ofType(RunFiles.journal(runDir), "first_render").size() >= count);
  }

  /** Every vu: session_started, an ok first render with a runtime session id, ok reruns, completed. */
  static void assertCompleteRun(Path runDir, int interactions) {
    List<JsonNode> journal = RunFiles.journal(runDir);
    assertThat(journal).as("run_started/run_ended are the run command's, not the launcher's")
        .noneMatch(l -> l.path("type").asText().startsWith("run_"));
    Set<Long> vus = ofType(journal, "session_started").stream().map(l -> l.path("vu").asLong()).collect(Collectors.toSet());
    assertThat(vus).isNotEmpty();
    for (long vu : vus) {
      List<JsonNode> mine = journal.stream().filter(l -> l.path("vu").asLong(-1) == vu).toList();
      assertThat(ofType(mine, "first_render")).as("vu %d first render", vu).singleElement()
          .satisfies(r -> {
            assertThat(r.path("ok").asBoolean()).as(r.toString()).isTrue();
            assertThat(r.path("sessionId").asText()).isNotBlank();
            assertThat(r.path("ttfrMs").asDouble()).isPositive();
          });
      assertThat(ofType(mine, "rerun")).as("vu %d reruns", vu).hasSize(interactions)
          .allSatisfy(r -> assertThat(r.path("ok").asBoolean()).as(r.toString()).isTrue());
      assertThat(ofType(mine, "session_ended")).singleElement()
          .satisfies(e -> assertThat(e.path("outcome").asText()).isEqualTo("completed"));
    }
  }
}
