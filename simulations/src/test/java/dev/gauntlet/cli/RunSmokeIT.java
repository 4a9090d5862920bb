package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.report.JournalCounts;
import dev.gauntlet.report.Summary;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    Path simulations = PlatformFixture.home().resolve("simulations/target");
    assertThat(simulations.resolve("classpath.txt")).as("written at package, before integration tests").isRegularFile();
    List<String> cmd = new ChildCli(work).command("run", PlatformFixture.smoke().toString(), "--out", work.resolve("reports").toString());
    int cp = cmd.indexOf("-cp") + 1;
    cmd.set(cp, simulations.resolve("classes") + File.pathSeparator + Files.readString(simulations.resolve("classpath.txt")).trim());
    cmd.add(1, "--add-opens=java.base/java.lang=ALL-UNNAMED");
    Path output = work.resolve("run.out");
    Process run = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      // the bound for the main command on a fresh clone
      assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("run finished within 2 minutes").isTrue();
    } finally {
      run.destroyForcibly();
    }

    assertThat(run.exitValue()).as(Files.readString(output)).isZero();
    List<String> lines = Files.readString(output).strip().lines().toList();
    Path runDir = Path.of(lines.get(lines.size() - 1));
    Summary summary = new ObjectMapper().readValue(runDir.resolve("summary.json").toFile(), Summary.class);
    assertThat(summary.status()).isEqualTo("completed");
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
