package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.PlatformFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gauntlet chaos} in a child JVM against a deployment 'up' left running. */
class ChaosCommandIT {

  @TempDir
  Path work;

  Path state;
  ChildCli cli;

  @BeforeEach
  void setUp() {
    state = work.resolve("state");
    cli = new ChildCli(work);
  }

  @AfterEach
  void cleanUp() throws Exception {
    cli.run("down", "--state-dir", state.toString());
  }

  @Test
  void aDryRunPrintsTargetsAndTouchesNothingThenARealRunDrainsThePools() throws Exception {
    Path chaos = PlatformFixture.home().resolve("chaos");
    assertThat(cli.run("chaos", chaos.resolve("warm-pool-drain.yaml").toString(), "--state-dir", state.toString()))
        .as("no deployment up").isEqualTo(2);
    assertThat(cli.lastOutput()).contains("no deployment is up from", "start one with ./gauntlet up");

    assertThat(cli.run("up", "--detach", "--scenario", PlatformFixture.smoke().toString(), "--state-dir", state.toString()))
        .as(cli.lastOutput()).isZero();
    List<Long> before = PlatformFixture.podPids(state);
    List<Long> components = pids(new ObjectMapper().readTree(state.resolve("deployment.json").toFile()));

    assertThat(cli.run("chaos", chaos.resolve("gateway-kill.yaml").toString(), "--state-dir", state.toString(),
        "--dry-run", "--seed", "3")).as(cli.lastOutput()).isZero();
    assertThat(cli.lastOutput()).contains("seed 3, dry run", "gateway-kill (dry run) would hit [gateway gateway-");
    components.forEach(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("pid %d", pid).isPresent());

    assertThat(cli.run("chaos", chaos.resolve("warm-pool-drain.yaml").toString(), "--state-dir", state.toString()))
        .as(cli.lastOutput()).isZero();
    assertThat(cli.lastOutput()).contains("warm-pool-drain hits [runtime ");
    assertThat(before).isNotEmpty().anySatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    String journal = Files.readString(state.resolve("chaos-journal.jsonl"));
    assertThat(journal).contains("\"type\":\"fault\",\"action\":\"gateway-kill\"", "\"dryRun\":true",
        "\"type\":\"fault\",\"action\":\"warm-pool-drain\"", "\"type\":\"experiment_ended\"");
  }

  private static List<Long> pids(JsonNode deployment) {
    List<Long> pids = new ArrayList<>();
    deployment.path("processes").forEach(p -> pids.add(p.path("pid").asLong()));
    return pids;
  }
}
