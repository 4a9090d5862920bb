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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The browser simulation against a real local deployment: via a gateway, a pod, and as external. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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
  void theSameSimulationTalksToARuntimePodDirectly() {
    Pod pod = deployment.pods().stream().filter(p -> p.state().equals("ready")).findFirst().orElseThrow();
    Path runDir = work.resolve("direct");
    Plan plan = RunFiles.dashPlan(runDir, "direct", List.of(pod.endpoint()), "", 3, 2, 2000, 300);

    assertThat(GatlingLauncher.run(RunFiles.write(plan), runDir)).isZero();
    assertCompleteRun(runDir, 2);
  }

  @Test
  void theSameSimulationTalksToAnExternalUrl() {
    Path runDir = work.resolve("external");
    // external: only a URL, the app path is part of it
    Plan plan = RunFiles.dashPlan(runDir, "external", List.of(gateways().get(0) + "/apps/dash"), "", 3, 2, 2000, 300);

    assertThat(GatlingLauncher.run(RunFiles.write(plan), runDir)).isZero();
    assertCompleteRun(runDir, 2);
  }

  /** Every vu: session_started, an ok first render with a runtime session id, ok reruns, completed. */
  static void assertCompleteRun(Path runDir, int interactions) {
    List<JsonNode> journal = RunFiles.journal(runDir);
    assertThat(journal.get(0).path("type").asText()).isEqualTo("run_started");
    assertThat(journal.get(journal.size() - 1).path("type").asText()).isEqualTo("run_ended");
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
