package dev.gauntlet.slo;

import static dev.gauntlet.slo.SloFixtures.objective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SliStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scopes and fault windows, the app filter, minSamples, counts, and a ratio's budget and burn rates. */
class SloEvaluatorTest {

  /** A fault at 10 s (a 5 s window: [10 s, 15 s]), a dry-run fault at 30 s, six first renders around them. */
  static SloFixtures.Journal aroundAFault() {
    return new SloFixtures.Journal()
        .ttfr(5_000, "dash", 100)      // steady
        .ttfr(9_900, "dash", 200)      // [9.7 s, 9.9 s]: ends before the fault, steady
        .fault(10_000, false)
        .ttfr(12_000, "dash", 2_000)   // [10 s, 12 s]: in the window
        .ttfr(16_000, "dash", 1_500)   // [14.5 s, 16 s]: overlaps the window's end, fault
        .ttfr(20_000, "dash", 50)      // steady
        .fault(30_000, true)           // a dry run signals nothing: no window
        .ttfr(31_000, "dash", 300);    // steady
  }

  static SloVerdict judge(Objective o, SloFixtures.Journal j) {
    return SloEvaluator.evaluate(List.of(o), j.lines, Placements.none(), SchedulerEvents.none(), List.of()).get(0);
  }

  @Test
  void runJudgesEverySampleSteadyThoseOutsideFaultWindowsFaultThoseOverlappingOne() {
    SloVerdict run = judge(objective("ttfr_ms max < 10000", "run"), aroundAFault());
    SloVerdict steady = judge(objective("ttfr_ms max < 1000", "steady"), aroundAFault());
    SloVerdict fault = judge(objective("ttfr_ms max < 1000", "fault"), aroundAFault());

    assertThat(run.samples()).isEqualTo(6);
    assertThat(run.met()).isTrue();
    assertThat(steady.samples()).isEqualTo(4);
    assertThat(steady.measured()).isCloseTo(300, within(0.5));
    assertThat(steady.met()).isTrue();
    assertThat(fault.samples()).isEqualTo(2);
    assertThat(fault.measured()).isCloseTo(2_000, within(2.0));
    assertThat(fault.met()).isFalse();
    assertThat(fault.unit()).isEqualTo("ms");
    assertThat(fault.note()).isNull();
  }

  @Test
  void theWindowLengthDecidesWhatOverlapsAFault() {
    SloVerdict oneSecond = judge(objective("ttfr_ms max < 1000", "fault", null, 1_000, 1, false), aroundAFault());

    assertThat(oneSecond.samples()).isEqualTo(1); // [14.5 s, 16 s] misses [10 s, 11 s]
  }

  @Test
  void anAppObjectiveReadsOnlyThatAppsEvents() {
    SloFixtures.Journal j = aroundAFault().ttfr(40_000, "light", 9_000);

    SloVerdict light = judge(objective("ttfr_ms p95 < 5000", "run", "light", 5_000, 1, false), j);
    SloVerdict dash = judge(objective("ttfr_ms p95 < 5000", "run", "dash", 5_000, 1, false), j);

    assertThat(light.samples()).isEqualTo(1);
    assertThat(light.met()).isFalse();
    assertThat(light.app()).isEqualTo("light");
    assertThat(dash.samples()).isEqualTo(6);
    assertThat(dash.met()).isTrue();
  }

  /** 150 steady interactions with 2 failed, 50 in the fault window with 2 failed. */
  static SloFixtures.Journal interactions() {
    SloFixtures.Journal j = new SloFixtures.Journal().fault(10_000, false);
    for (int i = 0; i < 150; i++) {
      j.rerun(20_000 + i * 10L, "dash", i >= 2, 1);
    }
    for (int i = 0; i < 50; i++) {
      j.rerun(10_001 + i * 10L, "dash", i >= 2, 1);
    }
    return j;
  }

  @Test
  void aRatioHasItsBudgetAndBurnRatesInSteadyAndFaultWindows() {
    SloVerdict v = judge(objective("interaction_success >= 99%", "run"), interactions());

    assertThat(v.measured()).isEqualTo(98.0);
    assertThat(v.unit()).isEqualTo("percent");
    assertThat(v.samples()).isEqualTo(200);
    assertThat(v.met()).isFalse();
    // 1% of 200 allowed, 4 consumed; steady burns (2/150)/1%, the fault window (2/50)/1%
    assertThat(v.budget()).isEqualTo(new SloVerdict.Budget(200, 2.0, 4, 200.0, new SloVerdict.BurnRate(1.333, 4.0)));
  }

  @Test
  void aSteadyRatioBudgetsOnlyItsScopeButKeepsBothBurnRates() {
    SloVerdict v = judge(objective("interaction_success >= 98.5%", "steady"), interactions());

    assertThat(v.measured()).isEqualTo(98.667);
    assertThat(v.met()).isTrue();
    assertThat(v.budget()).isEqualTo(new SloVerdict.Budget(150, 2.25, 2, 88.889, new SloVerdict.BurnRate(0.889, 2.667)));
  }

  @Test
  void aHundredPercentTargetAllowsNothingAndHasNoBurnRate() {
    SloVerdict v = judge(objective("interaction_success >= 100%", "run"), interactions());

    assertThat(v.budget()).isEqualTo(new SloVerdict.Budget(200, 0.0, 4, null, new SloVerdict.BurnRate(null, null)));
  }

  @Test
  void fewerSamplesThanMinSamplesIsNotMetAndSaysSoWhileMinSamplesZeroAllowsAVacuousPass() {
    SloVerdict few = judge(objective("ttfr_ms p95 < 10000", "run", null, 5_000, 7, false), aroundAFault());
    SloVerdict none = judge(objective("failover_ms p95 < 10", "fault", null, 5_000, 0, false), aroundAFault());
    SloVerdict noneRequired = judge(objective("failover_ms p95 < 10", "fault"), aroundAFault());

    assertThat(few.met()).isFalse();
    assertThat(few.measured()).isNotNull();
    assertThat(few.note()).isEqualTo("6 samples in scope, fewer than minSamples 7");
    assertThat(none.met()).isTrue();
    assertThat(none.measured()).isNull();
    assertThat(none.note()).isEqualTo("no samples in scope (minSamples 0 allows that)");
    assertThat(noneRequired.met()).isFalse();
    assertThat(noneRequired.note()).isEqualTo("0 samples in scope, fewer than minSamples 1");
  }

  @Test
  void countsCountInScopeButTheirSamplesAreTheRunsPopulation() {
    SloFixtures.Journal j = new SloFixtures.Journal().session(1_000, "dash", "session_started", null)
        .session(2_000, "dash", "session_started", null).session(3_000, "light", "session_started", null)
        .fault(10_000, false).session(12_000, "dash", "session_lost", null)
        .session(12_001, "dash", "session_ended", "lost").session(20_000, "dash", "session_ended", "completed")
        .session(21_000, "light", "session_ended", "failed");

    SloVerdict lost = judge(objective("lost_sessions <= 0", "run"), j);
    SloVerdict lostSteady = judge(objective("lost_sessions <= 0", "steady"), j);
    SloVerdict failed = judge(objective("failed_sessions < 2", "run"), j);
    SloVerdict success = judge(objective("session_success >= 50%", "run"), j);

    assertThat(lost).extracting(SloVerdict::measured, SloVerdict::samples, SloVerdict::met, SloVerdict::unit)
        .containsExactly(1.0, 3L, false, "count");
    assertThat(lostSteady).extracting(SloVerdict::measured, SloVerdict::samples, SloVerdict::met)
        .containsExactly(0.0, 3L, true);
    assertThat(failed).extracting(SloVerdict::measured, SloVerdict::met).containsExactly(1.0, true);
    assertThat(success.measured()).isEqualTo(33.333);
    assertThat(success.met()).isFalse();
    assertThat(success.budget().consumed()).isEqualTo(2);
  }

  @Test
  void podStartsComeFromTheSchedulersEventsAndRecoveryFromTheFaults() throws Exception {
    SchedulerEvents events = SchedulerEvents.of(new ObjectMapper().readTree("""
        [{"seq": 1, "at": 1000, "type": "created", "pod": "dash-01", "app": "dash"},
         {"seq": 2, "at": 1000, "type": "created", "pod": "light-01", "app": "light"},
         {"seq": 3, "at": 1500, "type": "ready", "pod": "light-01", "app": "light"},
         {"seq": 4, "at": 1800, "type": "ready", "pod": "dash-01", "app": "dash"}]"""));
    SloFixtures.Journal j = new SloFixtures.Journal().fault(10_000, false);
    Fault fault = new Fault("pod-kill", "runtime-kill", 10_000, false, ((JournalEvent.Fault) j.lines.get(0)).targets(),
        0, List.of(), 0, 0, SliStats.EMPTY, 1_050L);

    List<SloVerdict> v = SloEvaluator.evaluate(List.of(objective("pod_start_ms max < 700", "run", "dash", 5_000, 1, false),
        objective("pod_start_ms max < 700", "run", "light", 5_000, 1, false), objective("recovery_ms max < 1000", "fault")),
        j.lines, Placements.none(), events, List.of(fault));

    assertThat(v.get(0).measured()).isCloseTo(800, within(1.0));
    assertThat(v.get(0).met()).isFalse();
    assertThat(v.get(1).measured()).isCloseTo(500, within(1.0));
    assertThat(v.get(1).met()).isTrue();
    assertThat(v.get(2).samples()).isEqualTo(1);
    assertThat(v.get(2).measured()).isCloseTo(1_050, within(1.0));
    assertThat(v.get(2).met()).isFalse();
  }
}
