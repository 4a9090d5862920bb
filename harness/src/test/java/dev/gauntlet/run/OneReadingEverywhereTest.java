package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.TestResources;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.SummaryCalculator;
import dev.gauntlet.chaos.Probe;
import dev.gauntlet.chaos.SteadyState;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.ProbeReading;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.slo.SloEvaluator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One golden journal read by every consumer gives the same percentile everywhere: the progress
 * line, the summary (and so compare and the report), the objectives, and a steady-state probe.
 */
class OneReadingEverywhereTest {

  private static final Path JOURNAL = TestResources.path("report/chaos/journal.jsonl");

  @Test
  void theP95OfFirstRendersAndOfRerunsIsTheSameForEveryConsumer() throws Exception {
    List<JournalEvent> events = JournalReader.read(JOURNAL).events();
    Summary summary = SummaryCalculator.compute(events, Placements.none(), "x", "y");

    LiveCounts progress = new LiveCounts();
    JournalReader.follow(JOURNAL).poll().forEach(progress::accept);

    Objective ttfr = Objectives.probe("ttfr", "ttfr_ms p95 < 100000", JOURNAL, 1);
    Objective rerun = Objectives.probe("rerun", "rerun_ms p95 < 100000", JOURNAL, 1);
    List<SloVerdict> slos = SloEvaluator.evaluate(List.of(ttfr, rerun), events, Placements.none(),
        SchedulerEvents.none(), List.of());

    long end = events.get(events.size() - 1).t();
    List<ProbeReading> probes = SteadyState.following(JOURNAL).check(List.of(
        new Probe("ttfr", ttfr, Duration.ofHours(1), 1), new Probe("rerun", rerun, Duration.ofHours(1), 2)), end);

    double ttfrP95 = summary.sli().get("ttfr_ms").p95();
    double rerunP95 = summary.sli().get("rerun_ms").p95();
    assertThat(ttfrP95).isGreaterThan(0);
    assertThat(rerunP95).isGreaterThan(0);
    assertThat(List.of(progress.p95Millis(true), slos.get(0).measured(), probes.get(0).value()))
        .containsOnly(ttfrP95);
    assertThat(List.of(progress.p95Millis(false), slos.get(1).measured(), probes.get(1).value()))
        .containsOnly(rerunP95);
  }
}
