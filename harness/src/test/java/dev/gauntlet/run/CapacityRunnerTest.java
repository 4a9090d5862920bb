package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capacity search through the runner against a simulated system that holds up to 6 users: above
 * that its first renders take 5 s and it waits to be stopped, as the simulation does via {@link Abort}.
 */
class CapacityRunnerTest {

  static final int BREAKS_ABOVE = 6;
  static final String SCENARIO = """
      name: cap
      target: {kind: external, url: 'http://127.0.0.1:9'}
      load: {users: 1, hold: 10s, apps: [{app: ''}]}
      slos:
        objectives: ['ttfr_ms p95 < 1000', 'interaction_success >= 99%']
      capacity: {start: 1, max: 20, factor: 2, warmUp: 0s, window: 60s, resolution: 1, required: 8}
      """;

  @TempDir
  Path root;

  @Test
  void findsTheBreakingPointAndStopsEachBreakingStepEarly() throws Exception {
    Path scenario = new ScenarioFiles(root).scenario(SCENARIO);
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    CapacityRunner runner = new CapacityRunner(new RunOptions(scenario, null, null, root.resolve("out"), 7, false),
        CapacityRunnerTest::simulatedSystem, new PrintStream(terminal, true, StandardCharsets.UTF_8), Clock.systemUTC(),
        o -> { });

    CapacityOutcome outcome = runner.run();

    Capacity c = outcome.found().orElseThrow(() -> new AssertionError(outcome.run().error()));
    assertThat(c.steps()).extracting(Capacity.Step::level).containsExactly(1.0, 2.0, 4.0, 8.0, 6.0, 7.0);
    assertThat(c.maxLoad()).isEqualTo(BREAKS_ABOVE);
    assertThat(c.limitedBy()).isEqualTo("ttfr_ms p95 < 1000");
    assertThat(c.met()).as("6 is below required 8").isFalse();
    assertThat(c.steps()).filteredOn(s -> !s.held()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.stoppedEarly()).isTrue();
      assertThat(s.reason()).contains("can no longer be met");
      // a 60 s window, stopped within seconds
      assertThat(s.judgedTo() - s.judgedFrom()).isLessThan(15_000);
    });
    assertThat(c.steps()).filteredOn(Capacity.Step::held).allSatisfy(s -> assertThat(s.stoppedEarly()).isFalse());
    assertThat(Capacity.read(outcome.run().runDir().resolve(Capacity.FILE))).isEqualTo(c);
    assertThat(outcome.run().runDir().resolve("steps/06/plan.json")).exists();
    assertThat(Plan.read(outcome.run().runDir().resolve("steps/04/plan.json")).users()).isEqualTo(8);
    assertThat(outcome.run().summary().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(Abort.requested()).as("a search leaves no abort behind").isFalse();
  }

  /** One session per user; fast renders up to the breaking point, slow ones above it, then waits to be stopped. */
  private static int simulatedSystem(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    boolean breaks = plan.users() > BREAKS_ABOVE;
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
      for (int vu = 1; vu <= plan.users(); vu++) {
        long now = System.currentTimeMillis();
        journal.write(new JournalEvent.SessionStarted(now, vu, "", plan.entryPoints().get(0), now));
        journal.write(new JournalEvent.FirstRender(now, vu, "", true, breaks ? 5000 : 20, 0, 0, 0, "s" + vu, null));
      }
      if (breaks) {
        await().atMost(Duration.ofSeconds(20)).until(Abort::requested);
      }
    }
    return 0;
  }
}
