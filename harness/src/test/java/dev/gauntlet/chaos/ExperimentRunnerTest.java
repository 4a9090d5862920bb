package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Rerun;
import dev.gauntlet.measure.ProbeReading;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.slo.Objectives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

  private static final List<Target> TARGETS = List.of(
      RecordingDeployment.pod("light-a", 101, "light", 0),
      RecordingDeployment.pod("light-b", 102, "light", 3),
      RecordingDeployment.pod("dash-c", 103, "dash", 0),
      RecordingDeployment.component("scheduler", "scheduler", 201),
      RecordingDeployment.component("gateway", "gateway-1", 202));

  @TempDir
  Path dir;

  private Experiment experiment(Step... method) {
    return new Experiment(dir.resolve("x.yaml"), "x", List.of(), List.of(method),
        List.of(new Step("thaw-all", Selector.ANY, Mode.ALL, Duration.ZERO, Duration.ZERO, 9)));
  }

  private static Step step(String action, Selector selector, Mode mode) {
    return new Step(action, selector, mode, Duration.ZERO, Duration.ZERO, 1);
  }

  private List<JsonNode> journal() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve("j.jsonl"))) {
      lines.add(new ObjectMapper().readTree(l));
    }
    return lines;
  }

  @Test
  void eachActionHitsOnlyWhatItsSelectorAllows() throws Exception {
    RecordingDeployment signals = new RecordingDeployment(TARGETS);
    try (Journal journal = Journal.append(dir.resolve("j.jsonl"))) {
      ExperimentRunner runner = new ExperimentRunner(signals, journal, new Random(7), false, l -> { });
      runner.run(experiment(
          step("pod-kill", new Selector(null, "light", true), Mode.ONE),
          step("pod-terminate", new Selector(null, "dash", null), Mode.ALL),
          step("gateway-kill", Selector.ANY, Mode.ALL),
          step("scheduler-kill", Selector.ANY, Mode.ALL),
          step("warm-pool-drain", new Selector(null, "light", null), Mode.ONE)));
    }
    assertThat(signals.done).containsExactly("KILL 102", "TERM 103", "KILL 202", "KILL 201", "KILL 101");
    List<JsonNode> faults = journal().stream().filter(l -> l.path("type").asText().equals("fault")).toList();
    assertThat(faults).hasSize(5);
    assertThat(faults.get(0).path("targets").get(0).path("id").asText()).isEqualTo("light-b");
    assertThat(faults.get(0).path("experiment").asText()).isEqualTo("x");
    assertThat(faults.get(0).path("dryRun").asBoolean()).isFalse();
    assertThat(journal().get(journal().size() - 1).path("type").asText()).isEqualTo("experiment_ended");
  }

  @Test
  void aDryRunWritesTheFaultsAndSignalsNothing() throws Exception {
    RecordingDeployment signals = new RecordingDeployment(TARGETS);
    try (Journal journal = Journal.append(dir.resolve("j.jsonl"))) {
      new ExperimentRunner(signals, journal, new Random(7), true, l -> { }).run(experiment(
          step("pod-kill", Selector.ANY, Mode.ALL), step("pod-pause", Selector.ANY, Mode.ONE),
          step("gateway-kill", Selector.ANY, Mode.ALL), step("warm-pool-drain", Selector.ANY, Mode.ALL)));
    }
    assertThat(signals.done).isEmpty();
    List<JsonNode> faults = journal().stream().filter(l -> l.path("type").asText().equals("fault")).toList();
    assertThat(faults).hasSize(4).allSatisfy(f -> assertThat(f.path("dryRun").asBoolean()).isTrue());
    assertThat(faults.get(0).path("targets")).hasSize(3);
  }

  @Test
  void aPauseIsThawedEvenWhenALaterActionFails() throws Exception {
    RecordingDeployment signals = new RecordingDeployment(TARGETS);
    signals.failOn = "KILL";
    Step pause = new Step("pod-pause", new Selector(null, "dash", null), Mode.ONE, Duration.ZERO, Duration.ZERO, 1);
    try (Journal journal = Journal.append(dir.resolve("j.jsonl"))) {
      ExperimentRunner runner = new ExperimentRunner(signals, journal, new Random(7), false, l -> { });
      assertThatThrownBy(() -> runner.run(experiment(pause, step("gateway-kill", Selector.ANY, Mode.ONE))))
          .hasMessage("KILL failed");
    }
    assertThat(signals.done).containsExactly("STOP 103", "CONT 103", "KILL 202");
    assertThat(journal()).extracting(l -> l.path("type").asText())
        .containsExactly("fault", "fault_ended", "fault", "experiment_ended");
  }

  @Test
  void probesJudgeTheJournalsLastWindowWithTheObjectivesGrammar() throws Exception {
    long now = 1_000_000;
    Path file = dir.resolve("j.jsonl");
    try (Journal journal = Journal.append(file)) {
      journal.write(new FirstRender(now - 60_000, 1, "dash", true, 9000.0, 0, 0, 0, "s", null));
      for (int i = 1; i <= 20; i++) {
        journal.write(new FirstRender(now - 1000, i, "dash", true, i * 100.0, 0, 0, 0, "s" + i, null));
      }
      journal.write(new Rerun(now - 1000, 1, "dash", false, 1.0, 1, "late"));
    }
    List<Probe> probes = List.of(probe("ttfr", "ttfr_ms p95 < 2000"), probe("ok", "interaction_success >= 99%"),
        probe("lost", "lost_sessions <= 0"), probe("rerun", "rerun_ms p95 < 1"));
    List<ProbeReading> r = SteadyState.following(file).check(probes, now);
    // the same HdrHistogram as the summary: 1900 ms at 3 significant digits, not the 9000 outside the window
    Histogram h = SliStats.histogram();
    for (int i = 1; i <= 20; i++) {
      SliStats.record(h, i * 100.0);
    }
    assertThat(r).containsExactly(new ProbeReading("ttfr", SliStats.of(h).p95(), true),
        new ProbeReading("ok", 95.238, false), new ProbeReading("lost", 0.0, true),
        new ProbeReading("rerun", null, true));
  }

  @Test
  void aProbeReadsOnlyWhatWasAppendedSinceItsLastCheck() throws Exception {
    Path file = dir.resolve("j.jsonl");
    SteadyState state = SteadyState.following(file);
    List<Probe> probes = List.of(probe("ok", "interaction_success >= 50%"));
    try (Journal journal = Journal.append(file)) {
      journal.write(new Rerun(1_000, 1, "dash", true, 5, 1, null));
      assertThat(state.check(probes, 2_000)).containsExactly(new ProbeReading("ok", 100.0, true));
      journal.write(new Rerun(2_500, 1, "dash", false, 5, 2, "late"));
      journal.write(new Rerun(2_600, 1, "dash", false, 5, 3, "late"));
      assertThat(state.check(probes, 3_000)).containsExactly(new ProbeReading("ok", 33.333, false));
      // 40 s later the window (30 s) holds none of them: no data holds
      assertThat(state.check(probes, 43_000)).containsExactly(new ProbeReading("ok", null, true));
    }
  }

  private Probe probe(String name, String objective) {
    return new Probe(name, Objectives.probe(name, objective, dir.resolve("e.yaml"), 1), Duration.ofSeconds(30), 1);
  }
}
