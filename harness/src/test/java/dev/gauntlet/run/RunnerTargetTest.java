package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target that does not work ends the run in error, with everything written: refused by the
 * preflight before any load, stopped by the watch once the first sessions all fail the same way, or
 * at the end when no interaction succeeded.
 */
class RunnerTargetTest {

  static final String SCENARIO = "name: t\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
      + "load: {users: 2, hold: 60s, apps: [{app: ''}]}\n";

  @TempDir
  Path root;

  final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

  RunOutcome run(LoadDriver driver) throws Exception {
    return new Runner(new RunOptions(new ScenarioFiles(root).scenario(SCENARIO), null, null, root.resolve("out"), 7, false),
        driver, new PrintStream(terminal, true, StandardCharsets.UTF_8), Clock.systemUTC(), o -> { }).run();
  }

  @Test
  void aTargetThePreflightFindsFailingEndsTheRunBeforeAnyLoad() throws Exception {
    String refusal = TargetFailure.httpStatus("http://127.0.0.1:9/_stcore/health", 404);
    LoadDriver refused = new LoadDriver() {
      @Override
      public int run(Path planJson, Path runDir) {
        throw new AssertionError("the load must not start");
      }

      @Override
      public Optional<String> preflight(Plan plan, Duration deadline) {
        assertThat(deadline).as("an external target's short deadline").isLessThanOrEqualTo(Duration.ofSeconds(5));
        return Optional.of(refusal);
      }
    };

    RunOutcome outcome = run(refused);

    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ERROR);
    assertThat(outcome.summary().statusReason()).isEqualTo("target failing: " + refusal + " (checked before the load started)");
    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("gauntlet: run error: target failing: " + refusal);
    assertEndedInError(outcome);
  }

  @Test
  void firstSessionsAllFailingTheSameWayStopTheLoadAndNameTheFailure() throws Exception {
    String refusal = TargetFailure.httpStatus("http://127.0.0.1:9/_stcore/health", 404);

    RunOutcome outcome = run((planJson, runDir) -> {
      try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
        for (int vu = 1; vu <= 12; vu++) {
          journal.write(new JournalEvent.FirstRender(System.currentTimeMillis(), vu, "", false, 1.0, 0, 0, 0, null,
              refusal));
        }
        await("the harness asks the load to stop").atMost(Duration.ofSeconds(10)).until(Abort::requested);
      }
      return 0;
    });

    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ERROR);
    assertThat(outcome.summary().statusReason())
        .startsWith("target failing: " + refusal + " (the first ").endsWith(" sessions all failed the same way)");
    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("gauntlet: stopping the load: target failing: " + refusal);
    assertEndedInError(outcome);
  }

  @Test
  void aRunInWhichNoInteractionSucceededEndsInErrorEvenWhenTheFailuresDiffer() throws Exception {
    RunOutcome outcome = run(new FailingLoadDriver());

    assertThat(outcome.completed()).isFalse();
    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ERROR);
    assertThat(outcome.summary().statusReason()).startsWith("no interaction succeeded: all 8 failed, the first with: GET ");
    assertThat(outcome.summary().interactions().failed()).isEqualTo(8);
    assertEndedInError(outcome);
  }

  private static void assertEndedInError(RunOutcome outcome) throws Exception {
    String last = Files.readString(outcome.runDir().resolve("journal.jsonl")).strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(new ObjectMapper().readTree(last).path("status").asText()).isEqualTo("error");
    assertThat(new ObjectMapper().readTree(last).path("reason").asText()).isEqualTo(outcome.summary().statusReason());
    assertThat(outcome.runDir()).isDirectoryContaining(p -> p.endsWith("summary.json"))
        .isDirectoryContaining(p -> p.endsWith("junit.xml")).isDirectoryContaining(p -> p.endsWith("index.html"));
  }
}
