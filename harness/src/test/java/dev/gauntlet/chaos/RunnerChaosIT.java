package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.run.FakeLoadDriver;
import dev.gauntlet.run.RunOptions;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.run.Runner;
import dev.gauntlet.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with a chaos section fires its experiment during the load, against the run's own deployment. */
class RunnerChaosIT {

  @TempDir
  Path root;

  @Test
  void theScheduleFiresDuringTheLoadAndWritesItsJournalLines() throws Exception {
    ScenarioFiles files = new ScenarioFiles(root);
    files.write("chaos/gw.yaml", "title: gw\nsteadyState:\n  - {name: ok, probe: interaction_success_pct, window: 30s, atLeast: 90}\n"
        + "method:\n  - action: gateway-kill\n    mode: one\n");
    Path scenario = files.scenario("name: chaos-hook\ntarget: {gateways: 2, apps: [{app: light, warm: 1}]}\n"
        + "load: {users: 1, hold: 20s, apps: [{app: light}]}\n"
        + "chaos:\n  - {experiment: ../chaos/gw.yaml, at: 1s}\n");
    Runner runner = new Runner(new RunOptions(scenario, null, null, root.resolve("out"), 5, false), (plan, runDir) -> {
      Path journal = runDir.resolve("journal.jsonl");
      // the fake load lasts until the experiment is over and the killed gateway is back
      await("the experiment ran and the gateway came back").atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(journal).contains("\"type\":\"experiment_ended\"")
              && Files.readString(journal).contains("\"type\":\"restart\""));
      return new FakeLoadDriver().run(plan, runDir); // a session that rendered: a run with none did not complete
    }, new PrintStream(new ByteArrayOutputStream()), Clock.systemUTC(), o -> { });

    RunOutcome outcome = runner.run();

    assertThat(outcome.completed()).as(String.valueOf(outcome.error())).isTrue();
    String journal = Files.readString(outcome.runDir().resolve("journal.jsonl"));
    assertThat(journal).contains("\"type\":\"fault\",\"action\":\"gateway-kill\",\"experiment\":\"gw\",\"targets\":[{\"component\":\"gateway\"",
        "\"dryRun\":false", "\"type\":\"steady_state\",\"experiment\":\"gw\",\"phase\":\"before\"",
        "\"phase\":\"during\"", "\"phase\":\"after\"", "\"type\":\"experiment_ended\",\"experiment\":\"gw\",\"steadyState\":\"held\"",
        "\"type\":\"restart\",\"component\":\"gateway\",\"id\":\"gateway-");
    Fault kill = outcome.summary().faults().get(0);
    assertThat(kill.recoveryMillis()).as("fault -> the gateway ready again, from its restart line").isNotNull().isPositive();
  }
}
