package dev.gauntlet.slo;

import static dev.gauntlet.slo.SloFixtures.objective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Placements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** abortOnFail: the samples so far projected to the planned load length against what the objective allows. */
class AbortCheckTest {

  static final long PLANNED = 100_000;
  static final long ELAPSED = 10_000; // a tenth of the way: every count so far projects x10

  static Optional<String> check(Objective o, SloFixtures.Journal j) {
    return AbortCheck.unmeetable(List.of(o), j.lines, Placements.none(), PLANNED, ELAPSED);
  }

  static SloFixtures.Journal renders(int fast, int slow) {
    SloFixtures.Journal j = new SloFixtures.Journal();
    for (int i = 0; i < fast + slow; i++) {
      j.ttfr(1_000 + i, "dash", i < fast ? 50 : 500);
    }
    return j;
  }

  @Test
  void aPercentileIsUnmeetableOnceMoreSamplesBreakItThanItsTailAllowsOfTheProjection() {
    Objective p95 = objective("ttfr_ms p95 < 100", "run", null, 5_000, 1, true);

    assertThat(check(p95, renders(5, 5))).isEmpty(); // 5 over, 5% of ~100 projected allows 5
    assertThat(check(p95, renders(5, 6))).hasValue("objective 'ttfr_ms p95 < 100 run null' (ttfr_ms p95 < 100) can no "
        + "longer be met: 6 of 11 samples at or over 100 ms, more than the 5.5 a p95 allows of ~110 projected "
        + "(ttfr_ms p95 so far 500.2 ms)");
  }

  @Test
  void aMaxIsUnmeetableAtTheFirstSampleOverIt() {
    assertThat(check(objective("ttfr_ms max <= 499", "run", null, 5_000, 1, true), renders(9, 1))).isPresent();
    assertThat(check(objective("ttfr_ms max <= 1000", "run", null, 5_000, 1, true), renders(9, 1))).isEmpty();
  }

  @Test
  void aRatioIsUnmeetableOnceItsBadEventsPassTheBudgetOfTheProjection() {
    Objective success = objective("interaction_success >= 99%", "run", null, 5_000, 1, true);
    SloFixtures.Journal oneBad = new SloFixtures.Journal();
    SloFixtures.Journal twoBad = new SloFixtures.Journal();
    for (int i = 0; i < 10; i++) {
      oneBad.rerun(1_000 + i, "dash", i != 0, 5);
      twoBad.rerun(1_000 + i, "dash", i > 1, 5);
    }

    assertThat(check(success, oneBad)).isEmpty(); // 1% of ~100 projected allows 1
    assertThat(check(success, twoBad)).get().asString().endsWith("can no longer be met: 2 bad of 10 events so far, "
        + "more than the 1 its target allows of ~100 projected events");
  }

  @Test
  void aCountIsUnmeetableOnceItBreaksItsLimit() {
    SloFixtures.Journal j = new SloFixtures.Journal().session(1_000, "dash", "session_started", null)
        .session(2_000, "dash", "session_lost", null);

    assertThat(check(objective("lost_sessions <= 0", "run", null, 5_000, 1, true), j)).get().asString()
        .endsWith("can no longer be met: lost_sessions is already 1");
    assertThat(check(objective("lost_sessions <= 1", "run", null, 5_000, 1, true), j)).isEmpty();
  }

  @Test
  void nothingAbortsBeforeMinSamplesNorWithoutAbortOnFail() {
    assertThat(check(objective("ttfr_ms p95 < 100", "run", null, 5_000, 20, true), renders(0, 11))).isEmpty();
    assertThat(check(objective("ttfr_ms p95 < 100", "run", null, 5_000, 1, false), renders(0, 11))).isEmpty();
  }

  @Test
  void theProjectionNeverShrinksBelowTheSamplesSeen() {
    // past the planned length (a slow ramp-down): projected = the samples seen, 5% of 11 allows 0.55
    assertThat(AbortCheck.unmeetable(List.of(objective("ttfr_ms p95 < 100", "run", null, 5_000, 1, true)),
        renders(10, 1).lines, Placements.none(), PLANNED, 2 * PLANNED)).isPresent();
  }

  @Test
  void theFirstUnmeetableObjectiveIsNamed() {
    Objective fine = objective("ttfr_ms p95 < 1000", "run", null, 5_000, 1, true);
    Objective broken = objective("ttfr_ms max < 100", "run", null, 5_000, 1, true);

    assertThat(AbortCheck.unmeetable(List.of(fine, broken), renders(10, 1).lines, Placements.none(), PLANNED, ELAPSED))
        .get().asString().startsWith("objective 'ttfr_ms max < 100 run null'");
  }
}
