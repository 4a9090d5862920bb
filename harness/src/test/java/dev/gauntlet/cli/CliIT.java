package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.PlatformFixture;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in child JVMs against the real platform: up --detach, down, SIGKILL of the harness. */
class CliIT {

  @TempDir
  Path work;

  Path state;
  ChildCli cli;
  final List<Process> started = new ArrayList<>();

  @BeforeEach
  void setUp() {
    state = work.resolve("state");
    cli = new ChildCli(work);
  }

  @AfterEach
  void cleanUp() throws Exception {
    started.forEach(Process::destroyForcibly);
    cli.run("down", "--state-dir", state.toString());
  }

  @Test
  void upDetachedThenDownLeavesNothing() throws Exception {
    assertThat(cli.run("up", "--detach", "--scenario", PlatformFixture.smoke().toString(), "--state-dir", state.toString()))
        .as(cli.lastOutput()).isZero();
    assertThat(cli.lastOutput()).contains("gateways:", "ready; stop with ./gauntlet down");
    JsonNode deployment = new ObjectMapper().readTree(state.resolve("deployment.json").toFile());
    assertThat(deployment.path("gateways")).hasSize(2);
    assertThat(deployment.path("apps").get(0).asText()).isEqualTo("dash");
    URI gateway = URI.create(deployment.path("gateways").get(0).asText());
    assertThat(PlatformFixture.status(gateway.resolve("/apps/dash/_stcore/health"))).isEqualTo(200);
    List<Long> pids = pidsOf(deployment);
    pids.addAll(PlatformFixture.podPids(state));
    assertThat(pids).hasSizeGreaterThanOrEqualTo(6);
    assertThat(cli.run("up", "--detach", "--state-dir", state.toString())).isEqualTo(2);
    assertThat(cli.lastOutput()).contains("a deployment is already running from " + state);

    assertThat(cli.run("down", "--state-dir", state.toString())).as(cli.lastOutput()).isZero();

    assertThat(cli.lastOutput()).contains("stopped: harness (pid");
    PlatformFixture.assertAllDead(pids);
    assertThat(state.resolve("deployment.json")).doesNotExist();
    assertThat(cli.run("down", "--state-dir", state.toString())).isZero();
    assertThat(cli.lastOutput()).contains("nothing was running");
  }

  @Test
  void aSigkilledHarnessLeavesNothingOnceStartedAgain() throws Exception {
    Process foreground = cli.start("up", "--scenario", PlatformFixture.smoke().toString(), "--state-dir", state.toString());
    started.add(foreground);
    await("foreground up ready").atMost(Duration.ofMinutes(3))
        .until(() -> Files.exists(state.resolve("deployment.json")) || !foreground.isAlive());
    assertThat(foreground.isAlive()).as("foreground up died; see " + work).isTrue();
    List<Long> pids = pidsOf(new ObjectMapper().readTree(state.resolve("deployment.json").toFile()));
    pids.addAll(PlatformFixture.podPids(state));

    foreground.destroyForcibly().waitFor();

    assertThat(cli.run("up", "--detach", "--scenario", PlatformFixture.smoke().toString(), "--state-dir", state.toString()))
        .as(cli.lastOutput()).isZero();
    PlatformFixture.assertAllDead(pids);
    JsonNode second = new ObjectMapper().readTree(state.resolve("deployment.json").toFile());
    List<Long> secondPids = pidsOf(second);
    secondPids.addAll(PlatformFixture.podPids(state));
    assertThat(cli.run("down", "--state-dir", state.toString())).isZero();
    PlatformFixture.assertAllDead(secondPids);
  }

  @Test
  void aBadScenarioExits2NamingFileAndLine() throws Exception {
    Path bad = work.resolve("bad.yaml");
    Files.writeString(bad, "target:\n  kind: local\n  gateways: 2\n  schedular: {}\n");

    assertThat(cli.run("up", "--scenario", bad.toString(), "--state-dir", state.toString())).isEqualTo(2);

    assertThat(cli.lastOutput().strip()).startsWith("gauntlet: bad.yaml line 4: unknown field 'schedular' in 'target' "
        + "(did you mean scheduler?)").doesNotContain("Exception");
  }

  @Test
  void aPodFailingOnItsAppSpecExits2NamingThePodAndTheSpecLine() throws Exception {
    Files.createDirectories(work.resolve("apps"));
    Files.writeString(work.resolve("apps/typo.yaml"), "name: typo\nelemnts: 3\n");
    Path scenario = work.resolve("scenarios/typo.yaml");
    Files.createDirectories(scenario.getParent());
    Files.writeString(scenario, "target:\n  gateways: 1\n  apps: [{app: typo, warm: 1}]\n");

    assertThat(cli.run("up", "--scenario", scenario.toString(), "--state-dir", state.toString())).isEqualTo(2);

    assertThat(cli.lastOutput()).containsPattern("gauntlet: pod typo-[0-9a-f]+ of app typo could not start: .*"
        + "apps/typo.yaml line 2.*elemnts").doesNotContain("Exception");
    PlatformFixture.assertAllDead(PlatformFixture.podPids(state));
  }

  @Test
  void aPortInUseExits2NamingThePort() throws Exception {
    try (java.net.ServerSocket held = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Path scenario = work.resolve("scenarios/fixed.yaml");
      Files.createDirectories(scenario.getParent());
      Files.writeString(scenario, "target:\n  basePort: " + held.getLocalPort()
          + "\n  gateways: 1\n  apps: [{spec: " + PlatformFixture.home().resolve("apps/dash.yaml") + "}]\n");

      assertThat(cli.run("up", "--scenario", scenario.toString(), "--state-dir", state.toString())).isEqualTo(2);

      assertThat(cli.lastOutput()).contains("gauntlet: port " + held.getLocalPort() + " on 127.0.0.1 is in use");
    }
  }

  private static List<Long> pidsOf(JsonNode deployment) {
    List<Long> pids = new ArrayList<>();
    deployment.path("processes").forEach(p -> pids.add(p.path("pid").asLong()));
    return pids;
  }
}
