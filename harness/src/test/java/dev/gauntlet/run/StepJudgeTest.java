package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.slo.Objectives;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step is judged over its window only: the warm-up and an earlier step's sessions (same vu numbers) do not count. */
class StepJudgeTest {

  static final StepJudge.StepRun STEP = new StepJudge.StepRun(2, 2, "step", 10_000, 15_000, 25_000, null);

  static List<JournalEvent> journal() {
    return List.of(
        // the previous step: vu 1 again, a slow render, never ended (it was stopped)
        new SessionStarted(1_000, 1, "a", "e", 1_000),
        new FirstRender(2_000, 1, "a", true, 9_000, 0, 0, 0, "s0", null),
        // this step: vu 1 open the whole window, vu 2 for its second half; a slow render in the warm-up
        new SessionStarted(10_500, 1, "a", "e", 10_500),
        new FirstRender(12_000, 1, "a", true, 8_000, 0, 0, 0, "s1", null),
        new SessionStarted(20_000, 2, "a", "e", 20_000),
        new FirstRender(20_100, 2, "a", true, 100, 0, 0, 0, "s2", null),
        new FirstRender(21_000, 2, "a", false, 100, 0, 0, 0, "s2", "no script_finished within 10000 ms"),
        new SessionEnded(30_000, 2, "a", SessionOutcome.COMPLETED, 1));
  }

  @Test
  void judgesTheWindowOnly() {
    var objectives = List.of(Objectives.probe("ttfr_ms p95 < 1000", "ttfr_ms p95 < 1000", Path.of("s.yaml"), 1),
        Objectives.probe("interaction_success >= 99%", "interaction_success >= 99%", Path.of("s.yaml"), 2));
    Capacity.Step step = StepJudge.judge(STEP, journal(), Placements.none(), objectives, StepJudge.Resources.none());

    assertThat(step.objectives()).extracting(Capacity.Objective::met).containsExactly(true, false);
    assertThat(step.objectives().get(0).measured()).as("the warm-up's 8 s render is not judged").isLessThan(1000);
    assertThat(step.throughput()).as("2 interactions in 10 s").isEqualTo(0.2);
    assertThat(step.sessions()).isEqualTo(1);
    assertThat(step.verdict()).isEqualTo(Capacity.Step.BROKE);
    assertThat(step.reason()).startsWith("missed: interaction_success >= 99% (measured 50.0 percent)");
  }

  @Test
  void concurrencyCountsThisStepsSessionsOverTheWindow() {
    // vu 1: 10 s of the 10 s window; vu 2: 5 s of it; the previous step's vu 1 is not this step's
    assertThat(StepJudge.concurrency(STEP, journal())).isCloseTo(1.5, within(1e-9));
  }
}
