package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.run.LoadSplit;
import dev.gauntlet.run.RunOptions;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.run.Runner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --workers 2} with Gatling in two worker JVMs against a real local deployment: the run's
 * counts are the sums of the workers' and its percentiles those of the union of their raw samples.
 */
class WorkersSimulationIT {

  static final String SCENARIO = """
      name: workers-it
      target:
        gateways: 2
        apps: [{app: light, warm: 2, maxSessionsPerPod: 50}]
        runtime: {jvmOptions: [-Xmx128m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]}
      load:
        users: 6
        ramp: 2s
        hold: 6s
        interactionsPerSession: 2
        thinkTime: {min: 100ms, max: 300ms}
        apps: [{app: light, widgets: [{key: n, kind: slider, values: [1, 2, 3]}]}]
      """;

  @TempDir
  Path work;

  @Test
  void theMergedRunIsTheUnionOfTheWorkersSamples() throws Exception {
    Path apps = Files.createDirectories(work.resolve("apps"));
    Files.copy(RunFiles.home().resolve("apps/light.yaml"), apps.resolve("light.yaml"));
    Path scenario = Files.writeString(Files.createDirectories(work.resolve("scenarios")).resolve("w.yaml"), SCENARIO);
    RunOptions options = new RunOptions(scenario, null, null, work.resolve("reports"), 11, false, false,
        new LoadSplit(2, LoadSplit.LOCAL, 0, 0));

    RunOutcome outcome = new Runner(options, LoadDriver.gatling(), System.err, Clock.systemUTC(), o -> {}).run();

    assertThat(outcome.completed()).as(String.valueOf(outcome.error())).isTrue();
    Summary summary = outcome.summary();
    Histogram ttfr = SliStats.histogram();
    Histogram rerun = SliStats.histogram();
    long sessions = 0;
    long ok = 0;
    for (int w = 1; w <= 2; w++) {
      List<JournalEvent> events = JournalReader.read(outcome.runDir().resolve("workers/" + w + "/journal.jsonl")).events();
      long started = events.stream().filter(e -> e instanceof JournalEvent.SessionStarted).count();
      assertThat(started).as("worker %d drove sessions", w).isPositive();
      sessions += started;
      for (JournalEvent e : events) {
        if (e instanceof JournalEvent.FirstRender f && f.ok()) {
          SliStats.record(ttfr, f.ttfrMs());
          ok++;
        } else if (e instanceof JournalEvent.Rerun r && r.ok()) {
          SliStats.record(rerun, r.rerunMs());
          ok++;
        }
      }
    }
    assertThat(summary.sessions().started()).isEqualTo(sessions);
    assertThat(summary.interactions().ok()).isEqualTo(ok);
    assertThat(summary.interactions().failed()).isZero();
    assertThat(summary.sli().get("ttfr_ms")).isEqualTo(SliStats.of(ttfr));
    assertThat(summary.sli().get("rerun_ms")).isEqualTo(SliStats.of(rerun));
    Histogram logged = dev.gauntlet.measure.SliHistograms.readTotal(outcome.runDir().resolve("histograms/rerun_ms.hlog"));
    assertThat(logged.getTotalCount()).isEqualTo(rerun.getTotalCount());
  }
}
