package dev.gauntlet.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's rule: worse than the baseline's median by more than 3 robust spreads and the floor of its unit. */
class GateRuleTest {

  @TempDir
  static Path root;

  static List<Run> runs;

  final GateRule rule = GateRule.DEFAULT;

  @BeforeAll
  static void runs() {
    Nights nights = new Nights(root, 1);
    List<Path> dirs = new ArrayList<>();
    for (int night = 0; night < 16; night++) {
      dirs.add(nights.night(night));
    }
    runs = new RunFinder().find(dirs);
  }

  @Test
  void aLatencyFailsBeyondThreeSpreadsOrFivePercentWhicheverIsLarger() {
    double[] baseline = {100, 102, 98, 101, 99}; // median 100, MAD 1: 3 spreads = 4.45, under 5% of 100
    Statistic p95 = Statistic.of("ttfr_ms", "p95");

    assertThat(judge(p95, 105.1, baseline).outcome()).isEqualTo(GateVerdict.Outcome.REGRESSED);
    assertThat(judge(p95, 104.9, baseline).outcome()).isEqualTo(GateVerdict.Outcome.PASSED);
    assertThat(judge(p95, 60, baseline).outcome()).as("faster is never a regression").isEqualTo(GateVerdict.Outcome.PASSED);
    double[] noisy = {100, 110, 90, 105, 95}; // MAD 5: 3 spreads = 22.2
    assertThat(judge(p95, 120, noisy).outcome()).isEqualTo(GateVerdict.Outcome.PASSED);
    assertThat(judge(p95, 123, noisy).threshold()).isCloseTo(3 * 1.4826 * 5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSuccessRatioFailsLowerByHalfAPointAndACountByMoreThanOne() {
    Statistic success = Statistic.of("interaction_success", "ratio");
    double[] steady = {99.5, 99.5, 99.5, 99.5};
    assertThat(success.worse()).isEqualTo(Worse.LOWER);
    assertThat(judge(success, 98.9, steady).regressed()).isTrue();
    assertThat(judge(success, 99.1, steady).regressed()).isFalse();
    assertThat(judge(success, 100, steady).regressed()).isFalse();

    Statistic lost = Statistic.of("lost_sessions", "count");
    double[] none = {0, 0, 0, 0};
    assertThat(judge(lost, 1, none).regressed()).isFalse();
    assertThat(judge(lost, 2, none).regressed()).isTrue();
  }

  @Test
  void theBaselineIsTheRunsSinceTheLastChangePointNotTheWholeHistory() {
    List<Series.Point> points = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      points.add(new Series.Point(runs.get(i), (i < 8 ? 200 : 100) + i % 2)); // 200 ms, then 100 ms from night 8
    }
    points.add(new Series.Point(runs.get(15), 150));

    GateVerdict v = TrendGate.judge(new Series("nightly", Statistic.of("rerun_ms", "p95"), points), runs.get(15),
        EDivisive.DEFAULT, rule);

    assertThat(v.regressed()).isTrue();
    assertThat(v.median()).isEqualTo(100.0);
    assertThat(v.baselineRuns()).isEqualTo(7);
    assertThat(v.since()).isEqualTo(runs.get(8));
  }

  @Test
  void aNewestRunWithoutTheValueOrWithTooFewBeforeItIsNotJudged() {
    Statistic p95 = Statistic.of("ttfr_ms", "p95");
    List<Series.Point> three = List.of(new Series.Point(runs.get(0), 1), new Series.Point(runs.get(1), 1),
        new Series.Point(runs.get(2), 1));

    GateVerdict missing = TrendGate.judge(new Series("nightly", p95, three), runs.get(3), EDivisive.DEFAULT, rule);
    GateVerdict few = TrendGate.judge(new Series("nightly", p95, three), runs.get(2), EDivisive.DEFAULT, rule);

    assertThat(missing.outcome()).isEqualTo(GateVerdict.Outcome.NOT_JUDGED);
    assertThat(missing.reason()).isEqualTo("no value in the newest run");
    assertThat(few.reason()).isEqualTo("only 2 earlier runs have a value: the gate needs 3");
  }

  private GateVerdict judge(Statistic statistic, double value, double[] baseline) {
    return rule.judge("nightly", statistic, runs.get(15), value, runs.get(0), baseline);
  }
}
