package dev.gauntlet.slo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.TestResources;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.run.RunSummaries;
import dev.gauntlet.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded runs under src/test/resources/report/ judged against the objectives of
 * src/test/resources/slo/: scenario -> slos.json -> summarize gives exactly the golden summary.json.
 */
class SloSummaryGoldenTest {

  @TempDir
  Path runDir;

  static Path resource(String name) {
    return TestResources.path(name);
  }

  Summary summarize(String run, String slo) throws IOException {
    for (String name : List.of(RunFiles.JOURNAL, RunFiles.PLACEMENTS, RunFiles.EVENTS)) {
      Path from = resource("report/" + run).resolve(name);
      if (Files.exists(from)) {
        Files.copy(from, runDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Objectives.write(runDir, Objectives.of(Scenarios.load(resource("slo/" + slo).resolve("scenario.yaml"))));
    return RunSummaries.summarize(runDir).summary();
  }

  void assertGolden(String golden) throws IOException {
    String actual = Files.readString(runDir.resolve(RunFiles.SUMMARY)).strip();
    Files.createDirectories(Path.of("target", "slo-golden"));
    Files.writeString(Path.of("target", "slo-golden", golden.replace('/', '-')), actual); // to diff by hand
    assertThat(actual).isEqualTo(Files.readString(resource("slo/" + golden)).strip());
  }

  @Test
  void theRecordedRunGivesTheGoldenSummaryWithSlos() throws IOException {
    Summary s = summarize("", "");

    assertGolden("summary.json");
    assertThat(s.slos()).extracting(v -> v.name() + " " + v.met()).contains("ttfr_ms p95 < 2000 true",
        "lost_sessions <= 0 false", "ttfr_cold_ms p50 < 1000 false");
  }

  @Test
  void theRecordedChaosRunGivesTheGoldenSummaryWithSlosInSteadyAndFaultWindows() throws IOException {
    Summary s = summarize("chaos", "chaos");

    assertGolden("chaos/summary.json");
    assertThat(s.slos()).hasSize(9);
    assertThat(s.slos().get(0).name()).isEqualTo("interaction_success >= 99%"); // the include's come first
  }

  @Test
  void aRunWithoutSlosJsonHasNoSlosAndTheObjectivesSurviveTheRoundTrip() throws IOException {
    Path scenario = resource("slo/chaos/scenario.yaml");
    List<Objective> objectives = Objectives.of(Scenarios.load(scenario));

    assertThat(Objectives.read(runDir)).isEmpty();
    Objectives.write(runDir, objectives);
    assertThat(Objectives.read(runDir)).isEqualTo(objectives);
    assertThat(Objectives.includedFiles(Scenarios.load(scenario))).containsExactly(resource("slo/interactive.yaml"));
  }
}
