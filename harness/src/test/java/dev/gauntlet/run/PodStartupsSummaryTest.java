package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.TestResources;
import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.analysis.PodStartupsFile;
import dev.gauntlet.analysis.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory with pod-startups.json (a kubernetes run) gets coldStart.phases; nothing else changes. */
class PodStartupsSummaryTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  @TempDir
  Path runDir;

  @Test
  void phasesJoinTheGoldenSummaryAndNothingElseMoves() throws IOException {
    Files.copy(TestResources.path("report/journal.jsonl"), runDir.resolve(RunFiles.JOURNAL));
    Files.copy(TestResources.path("report/placements.json"), runDir.resolve(RunFiles.PLACEMENTS));
    PodStartupsFile.write(runDir.resolve(RunFiles.POD_STARTUPS), List.of(
        new PodStartup("dash-1", "dash", T0, T0.plusSeconds(1), T0.plusSeconds(1), T0.plusSeconds(3), T0.plusSeconds(4)),
        new PodStartup("dash-2", "dash", T0, T0, T0.plusSeconds(1), T0.plusSeconds(5), T0.plusSeconds(5))));

    RunSummaries.summarize(runDir);

    JsonNode summary = JSON.readTree(runDir.resolve(RunFiles.SUMMARY).toFile());
    JsonNode phases = summary.at("/coldStart/phases");
    assertThat(phases.at("/containers_ready_ms/count").asLong()).isEqualTo(2);
    assertThat(phases.at("/containers_ready_ms/max").asDouble()).isBetween(4000.0, 4004.0);
    assertThat(phases.at("/created_to_ready_ms/p50").asDouble()).isBetween(4000.0, 4004.0);
    ((ObjectNode) summary.get("coldStart")).remove("phases");
    assertThat(summary).isEqualTo(JSON.readTree(TestResources.text("report/summary.json")));
  }
}
