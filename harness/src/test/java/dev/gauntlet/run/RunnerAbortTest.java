package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.slo.Objectives;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * abortOnFail through the runner with a fake driver that renders too slowly and then waits to be
 * stopped (as the simulation does via {@link Abort}): the run ends {@code aborted}, the reason names
 * the objective, and everything is written.
 */
class RunnerAbortTest {

  static final String SCENARIO = "name: ab\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
      + "load: {users: 3, hold: 60s, apps: [{app: ''}]}\n"
      + "slos:\n  objectives:\n    - interaction_success >= 50%\n    - {objective: ttfr_ms p95 < 1, abortOnFail: true}\n";

  @TempDir
  Path root;

  final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

  @Test
  void anObjectiveThatCanNoLongerBeMetStopsTheLoadAndTheRunEndsAborted() throws Exception {
    Path scenario = new ScenarioFiles(root).scenario(SCENARIO);
    Runner runner = new Runner(new RunOptions(scenario, null, null, root.resolve("out"), 7, false), RunnerAbortTest::slowThenStopped,
        new PrintStream(terminal, true, StandardCharsets.UTF_8), Clock.systemUTC(), o -> { });

    RunOutcome outcome = runner.run();

    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ABORTED);
    assertThat(outcome.summary().statusReason()).contains("ttfr_ms p95 < 1");
    assertThat(outcome.completed()).isFalse();
    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("gauntlet: aborting the run: ");
    String lastLine = Files.readString(outcome.runDir().resolve("journal.jsonl")).strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(new ObjectMapper().readTree(lastLine).path("status").asText()).isEqualTo("aborted");
    assertThat(Objectives.read(outcome.runDir())).hasSize(2);
    assertThat(outcome.summary().slos()).hasSize(2);
    assertThat(outcome.runDir()).isDirectoryContaining(p -> p.endsWith("summary.json"))
        .isDirectoryContaining(p -> p.endsWith("junit.xml"));
  }

  @Test
  void withoutAbortOnFailObjectivesNothingWatchesAndARunStartsClear() throws Exception {
    Abort.request("left over from an earlier run in this JVM");
    Path scenario = new ScenarioFiles(root).scenario(SCENARIO.replace(", abortOnFail: true", ""));
    Runner runner = new Runner(new RunOptions(scenario, null, null, root.resolve("out"), 7, false), new FakeLoadDriver()::run,
        new PrintStream(terminal, true, StandardCharsets.UTF_8), Clock.systemUTC(), o -> { });

    RunOutcome outcome = runner.run();

    assertThat(outcome.summary().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outcome.summary().slos()).filteredOn(v -> v.sli().equals("ttfr_ms")).singleElement()
        .satisfies(v -> assertThat(v.met()).isFalse()); // reported, not enforced
  }

  /** Three slow first renders, then the driver waits (bounded) for the harness to ask it to stop. */
  private static int slowThenStopped(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
      for (int vu = 1; vu <= plan.users(); vu++) {
        long now = System.currentTimeMillis();
        journal.write(new JournalEvent.SessionStarted(now, vu, "", plan.entryPoints().get(0), now));
        journal.write(new JournalEvent.FirstRender(now, vu, "", true, 50.0 + vu, 0, 0, 0, "s" + vu, null));
      }
      await().atMost(Duration.ofSeconds(10)).until(Abort::requested);
    }
    return 0;
  }
}
