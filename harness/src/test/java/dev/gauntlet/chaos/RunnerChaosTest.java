package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.run.RunOptions;
import dev.gauntlet.run.Runner;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.yaml.ScenarioException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose chaos section is wrong fails before anything starts or is written. */
class RunnerChaosTest {

  @TempDir
  Path root;

  @Test
  void aBadChaosSectionStopsTheRunBeforeAnyLoad() {
    ScenarioFiles files = new ScenarioFiles(root);
    files.write("chaos/x.yaml", "method:\n  - action: pod-freeze\n");
    Path scenario = files.scenario("target: {apps: [{app: dash}]}\nload: {users: 1, hold: 5s, apps: [{app: dash}]}\n"
        + "chaos:\n  - {experiment: ../chaos/x.yaml, at: 1s}\n");
    Runner runner = new Runner(new RunOptions(scenario, null, null, root.resolve("out"), 1, false), (plan, dir) -> {
      throw new AssertionError("the load must not start");
    }, new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC(), o -> { });

    assertThatThrownBy(runner::run).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("x.yaml line 2: unknown action 'pod-freeze'");
    assertThat(root.resolve("out")).doesNotExist();
  }
}
