package dev.gauntlet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.Fault;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Rerun;
import dev.gauntlet.measure.JournalEvent.RunEnded;
import dev.gauntlet.measure.JournalEvent.RunStarted;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SessionOutcome;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's metrics count what the journal says, under names that follow Prometheus' conventions. */
class HarnessMetricsTest {

  static String exposition(HarnessMetrics metrics) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, metrics.registry().scrape());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void countsSessionsInteractionsLatenciesFaultsAndStateFromJournalEvents() throws Exception {
    HarnessMetrics metrics = new HarnessMetrics(List.of("dash", "light"));
    List<JournalEvent> events = List.of(
        new RunStarted(1_000, "r1", "smoke", 1L, null, null, null),
        new SessionStarted(1_100, 1, "dash", "http://g1", 1_100),
        new SessionStarted(1_100, 2, "dash", "http://g1", 1_100),
        new FirstRender(1_200, 1, "dash", true, 40, 1, 1, 1, "s1", null),
        new Rerun(1_300, 1, "dash", true, 12, 1, null),
        new Rerun(1_400, 1, "dash", true, 180, 2, null),
        new Rerun(1_500, 2, "dash", false, 10_000, 1, "no script_finished within 10000 ms"),
        new SessionEnded(1_600, 1, "dash", SessionOutcome.COMPLETED, 3),
        new Fault(2_000, "pod-kill", "kill-one", List.<FaultTarget>of(), false),
        new Fault(2_500, "pod-kill", "kill-one", List.<FaultTarget>of(), true));
    events.forEach(metrics);

    String text = exposition(metrics);
    assertThat(text).contains("gauntlet_sessions_active{app=\"dash\"} 1")
        .contains("gauntlet_sessions_active{app=\"light\"} 0")
        .contains("gauntlet_interactions_total{app=\"dash\",kind=\"rerun\",outcome=\"ok\"} 2")
        .contains("gauntlet_interactions_total{app=\"dash\",kind=\"rerun\",outcome=\"failed\"} 1")
        .contains("gauntlet_interactions_total{app=\"light\",kind=\"first_render\",outcome=\"ok\"} 0")
        // a failed rerun has no latency, as in the summary; 12 ms and 180 ms fall in their buckets
        .contains("gauntlet_rerun_seconds_count{app=\"dash\"} 2")
        .contains("gauntlet_rerun_seconds_bucket{app=\"dash\",le=\"0.025\"} 1")
        .contains("gauntlet_rerun_seconds_bucket{app=\"dash\",le=\"0.2\"} 2")
        .contains("gauntlet_ttfr_seconds_count{app=\"dash\"} 1")
        // a dry run injected nothing
        .contains("gauntlet_fault_injections_total{action=\"pod-kill\"} 1")
        .contains("gauntlet_fault_last_timestamp_seconds{action=\"pod-kill\"} 2.0")
        .contains("gauntlet_run_state{state=\"running\"} 1");

    metrics.resources(List.of(new ResourceSamples.Sample(2_000, "gateway", "gateway-1", 3.5, 180L << 20),
        new ResourceSamples.Sample(2_000, "runtime", "dash-1", Double.NaN, 90L << 20)));
    assertThat(exposition(metrics)).contains("gauntlet_component_cpu_seconds_total{component=\"gateway\",id=\"gateway-1\"} 3.5")
        .doesNotContain("gauntlet_component_cpu_seconds_total{component=\"runtime\"")
        .contains("gauntlet_component_resident_memory_bytes{component=\"runtime\",id=\"dash-1\"} 9.437184E7");

    metrics.accept(new RunEnded(3_000, RunStatus.COMPLETED, null));
    assertThat(exposition(metrics)).contains("gauntlet_run_state{state=\"completed\"} 1")
        .contains("gauntlet_run_state{state=\"running\"} 0");
  }

  @Test
  void everyNameHasThePrefixCountersEndInTotalAndLatenciesAreInSeconds() throws Exception {
    HarnessMetrics metrics = new HarnessMetrics(List.of("dash"));
    metrics.accept(new Fault(2_000, "pod-kill", "x", List.<FaultTarget>of(), false));
    metrics.resources(List.of(new ResourceSamples.Sample(2_000, "gateway", "gateway-1", 3.5, 180L << 20)));
    List<String> types = exposition(metrics).lines().filter(l -> l.startsWith("# TYPE ")).toList();
    assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("# TYPE gauntlet_"));
    assertThat(types).filteredOn(t -> t.endsWith(" counter")).allSatisfy(t -> assertThat(t).contains("_total "));
    assertThat(types).filteredOn(t -> t.endsWith(" histogram")).isNotEmpty()
        .allSatisfy(t -> assertThat(t).contains("_seconds "));
  }
}
