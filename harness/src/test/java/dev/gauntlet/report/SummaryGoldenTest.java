package dev.gauntlet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.TestResources;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.run.RunSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded run under src/test/resources/report/ gives exactly the golden summary.json and table. */
class SummaryGoldenTest {

  @TempDir
  Path runDir;

  static Path resource(String name) {
    return TestResources.path("report/" + name);
  }

  static String text(String name) {
    return TestResources.text("report/" + name);
  }

  @Test
  void theRecordedRunGivesTheGoldenSummaryJson() throws IOException {
    copy("journal.jsonl", RunFiles.JOURNAL);
    copy("placements.json", RunFiles.PLACEMENTS);

    RunReading result = RunSummaries.summarize(runDir);

    assertThat(Files.readString(runDir.resolve(RunFiles.SUMMARY)).strip()).isEqualTo(text("summary.json").strip());
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void theRecordedRunGivesTheGoldenTable() throws IOException {
    copy("journal.jsonl", RunFiles.JOURNAL);
    copy("placements.json", RunFiles.PLACEMENTS);

    String table = SummaryTable.render(RunSummaries.summarize(runDir).summary());

    assertThat(table).isEqualTo(text("table.txt").strip().replace("\n", System.lineSeparator()));
  }

  @Test
  void aKilledRunIsInterruptedItsCutLineIgnoredWithAWarningAndOpenSessionsCountAsStarted() throws IOException {
    String journal = text("journal.jsonl");
    int cut = journal.indexOf("{\"t\":1763850603400"); // before vu 1's session_ended
    Files.writeString(runDir.resolve(RunFiles.JOURNAL), journal.substring(0, cut) + "{\"t\":1763850603400,\"type\":\"sess");

    RunReading result = RunSummaries.summarize(runDir);

    Summary s = result.summary();
    assertThat(s.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(s.endedAt()).isEqualTo("2025-11-22T22:30:18.301Z");
    assertThat(s.sessions()).isEqualTo(new Summary.Sessions(4, 0, 2, 1, 1));
    assertThat(s.sli().get("ttfr_cold_ms").count()).isZero(); // no placements.json: neither split
    assertThat(s.sli().get("ttfr_ms").count()).isEqualTo(3);
    assertThat(result.warnings()).singleElement().asString().endsWith("line 24 is cut short (a killed run?): ignored");
  }

  @Test
  void anEmptySliIsAllZeros() {
    assertThat(SliStats.of(SliStats.histogram())).isEqualTo(new SliStats(0, 0, 0, 0, 0));
  }

  private void copy(String resource, String as) throws IOException {
    Files.copy(resource(resource), runDir.resolve(as), StandardCopyOption.REPLACE_EXISTING);
  }
}
