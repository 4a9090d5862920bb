package dev.gauntlet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.run.RunSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded chaos run under src/test/resources/report/chaos/ (6 vus; a pod-kill of dash-01 with
 * 3 live sessions on it, 2 failing over and 1 lost; a gateway-kill; one experiment held, one
 * deviated) gives exactly the golden summary.json and table.
 */
class ChaosSummaryGoldenTest {

  @TempDir
  Path runDir;

  @BeforeEach
  void recordedRun() throws IOException {
    for (String name : new String[] {RunFiles.JOURNAL, RunFiles.PLACEMENTS, RunFiles.EVENTS}) {
      Files.copy(SummaryGoldenTest.resource("chaos/" + name), runDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theRecordedChaosRunGivesTheGoldenSummaryJson() throws IOException {
    RunReading result = RunSummaries.summarize(runDir);

    assertThat(Files.readString(runDir.resolve(RunFiles.SUMMARY)).strip())
        .isEqualTo(SummaryGoldenTest.text("chaos/summary.json").strip());
    assertThat(result.warnings()).isEmpty();
    JournalCounts.of(runDir.resolve(RunFiles.JOURNAL)).assertAgrees(result.summary());
  }

  @Test
  void theRecordedChaosRunGivesTheGoldenTable() {
    String table = SummaryTable.render(RunSummaries.summarize(runDir).summary());

    assertThat(table).isEqualTo(SummaryGoldenTest.text("chaos/table.txt").strip().replace("\n", System.lineSeparator()));
  }

  @Test
  void thePodKillFindsTheThreeLiveSessionsOnTheKilledPodNotTheOneThatHadEnded() {
    Summary s = RunSummaries.summarize(runDir).summary();

    Fault podKill = s.faults().get(0);
    assertThat(podKill.action()).isEqualTo("pod-kill");
    assertThat(podKill.affectedVus()).containsExactly(1L, 2L, 3L); // vu 6 was on dash-01 but had ended
    assertThat(podKill.recovered()).isEqualTo(2);
    assertThat(podKill.lost()).isEqualTo(1);
    assertThat(podKill.failoverMillis().count()).isEqualTo(2);
    assertThat(podKill.recoveryMillis()).isEqualTo(1050L); // dash-04 ready: dash back at 3 ready pods
    Fault gatewayKill = s.faults().get(1);
    assertThat(gatewayKill.affectedVus()).containsExactly(2L, 4L); // vu 6 came through it too, but had ended
    assertThat(gatewayKill.lost()).isZero();
    assertThat(gatewayKill.recoveryMillis()).isEqualTo(600L); // its restart line
  }
}
