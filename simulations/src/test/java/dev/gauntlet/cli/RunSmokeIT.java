package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.JournalCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command end to end with Gatling: {@code run scenarios/smoke.yaml} on the
 * simulations classpath (what ./gauntlet uses). It lives in the simulations module, whose
 * classes and classpath.txt exist by the time its integration tests run.
 */
class RunSmokeIT {

  @TempDir
  Path work;

  @Test
  void smokeCompletesEverySessionAndTheSummaryAgreesWithTheJournal() throws Exception {
    // the bound for the main command on a fresh clone
    GatlingRun.Result run = GatlingRun.cli(work, Duration.ofMinutes(2), "run", PlatformFixture.smoke().toString(),
        "--out", work.resolve("reports").toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    Path runDir = run.lastLine();
    // the progress line is the terminal's only output during the load: Gatling's console summary is in run.log
    assertThat(run.output()).doesNotContain("---- Requests", "Global Information", "=========");
    assertThat(Files.readString(runDir.resolve("run.log"))).contains("---- Requests", "Global Information");
    Summary summary = new ObjectMapper().readValue(runDir.resolve("summary.json").toFile(), Summary.class);
    assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(summary.sessions().started()).isPositive().isEqualTo(summary.sessions().completed());
    assertThat(summary.interactions().failed()).isZero();
    assertThat(summary.sli().get("ttfr_ms").count()).isEqualTo(summary.sessions().started());
    assertThat(summary.sli().get("ttfr_cold_ms").count() + summary.sli().get("ttfr_warm_ms").count())
        .as("every first render joined with its placement").isEqualTo(summary.sli().get("ttfr_ms").count());
    JournalCounts.of(runDir.resolve("journal.jsonl")).assertAgrees(summary);
    assertThat(runDir.resolve("gatling")).isDirectory();
    assertThat(runDir.resolve("placements.json")).exists();
  }
}
