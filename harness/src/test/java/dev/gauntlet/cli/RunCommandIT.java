package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.report.JournalCounts;
import dev.gauntlet.run.FakeLoadDriver;
import dev.gauntlet.run.RunSummaries;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'run' orchestration against the real platform, with the fake load driver standing in for
 * Gatling: deployment up and down, plan, snapshots, summary, exit codes, last line, kills.
 */
class RunCommandIT {

  static final String SCENARIO = "name: tiny\ntarget:\n  gateways: 1\n  apps: [{app: light, warm: 1}]\n"
      + "load: {users: 4, ramp: 1s, hold: 2s, apps: [{app: light, widgets: [{key: n, kind: slider, values: [1, 2]}]}]}\n";

  @TempDir
  Path work;

  final List<Process> started = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    started.forEach(Process::destroyForcibly);
    System.clearProperty(LoadDriver.PROPERTY);
  }

  Path scenario() throws Exception {
    Files.createDirectories(work.resolve("apps"));
    Files.copy(PlatformFixture.home().resolve("apps/light.yaml"), work.resolve("apps/light.yaml"));
    Files.createDirectories(work.resolve("scenarios"));
    return Files.writeString(work.resolve("scenarios/tiny.yaml"), SCENARIO);
  }

  @Test
  void aLocalRunBringsTheDeploymentUpAndDownAndEndsWithItsRunDir() throws Exception {
    System.setProperty(LoadDriver.PROPERTY, FakeLoadDriver.class.getName());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "run", scenario().toString(), "--out", work.resolve("reports").toString(), "--seed", "5");

    assertThat(exit).as(err.toString()).isZero();
    List<String> lines = out.toString().strip().lines().toList();
    Path runDir = Path.of(lines.get(lines.size() - 1));
    assertThat(runDir.getParent()).isEqualTo(work.resolve("reports"));
    assertThat(lines.get(0)).startsWith("run " + runDir.getFileName() + "  scenario tiny  status completed");
    JsonNode plan = new ObjectMapper().readTree(runDir.resolve("plan.json").toFile());
    assertThat(plan.path("entryPoints")).hasSize(1);
    assertThat(plan.path("apps").get(0).path("path").asText()).isEqualTo("/apps/light");
    assertThat(runDir.resolve("events.json")).exists();
    assertThat(new ObjectMapper().readTree(runDir.resolve("events.json").toFile()).toString()).contains("\"ready\"");
    assertThat(runDir.resolve("placements.json")).exists();
    JournalCounts.of(runDir.resolve("journal.jsonl")).assertAgrees(RunSummaries.summarize(runDir).summary());
    assertThat(Files.readString(runDir.resolve("run.log"))).contains("bringing the deployment down");
    // the deployment's files are cleaned on stop: what is left of it must be no live child of ours
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains("gauntlet-platform")).map(ProcessHandle::pid).toList())
        .as("platform processes still running after 'run' returned").isEmpty();
  }

  @Test
  void aRunKilledMidwayLeavesAJournalThatSummarizesAsInterrupted() throws Exception {
    Path reports = work.resolve("reports");
    Process run = childRun(scenario(), reports);
    Path runDir = await("the run's first progress line").atMost(Duration.ofMinutes(3))
        .until(() -> progressing(reports, run), java.util.Optional::isPresent).orElseThrow();
    List<Long> pids = PlatformFixture.registryPids(runDir.resolve("deployment"));
    pids.addAll(PlatformFixture.podPids(runDir.resolve("deployment")));

    run.destroyForcibly().waitFor();

    StringWriter out = new StringWriter();
    assertThat(Gauntlet.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "summarize", runDir.toString())).isZero();
    assertThat(out.toString()).contains("status interrupted", "started 5  completed 4");
    JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
    assertThat(summary.path("status").asText()).isEqualTo("interrupted");
    // platform processes watch their owner's pid and exit once the harness is gone
    await("platform processes gone after the harness was killed").atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> PlatformFixture.assertAllDead(pids));
  }

  @Test
  void aRunStoppedBySigtermStopsItsDeploymentAndWritesAnInterruptedSummary() throws Exception {
    Path reports = work.resolve("reports");
    Process run = childRun(scenario(), reports);
    Path runDir = await("the run's first progress line").atMost(Duration.ofMinutes(3))
        .until(() -> progressing(reports, run), java.util.Optional::isPresent).orElseThrow();
    List<Long> pids = PlatformFixture.registryPids(runDir.resolve("deployment"));

    run.destroy();

    assertThat(run.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    PlatformFixture.assertAllDead(pids);
    JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
    assertThat(summary.path("status").asText()).isEqualTo("interrupted");
    assertThat(summary.path("sessions").path("started").asLong()).isEqualTo(5);
    assertThat(Files.readString(work.resolve("run.out")).strip()).endsWith(runDir.toString());
  }

  private Process childRun(Path scenario, Path reports) throws Exception {
    List<String> cmd = new ChildCli(work).command("run", scenario.toString(), "--out", reports.toString());
    int cp = cmd.indexOf("-cp") + 1;
    cmd.set(cp, PlatformFixture.home().resolve("harness/target/test-classes") + File.pathSeparator + cmd.get(cp));
    cmd.add(1, "-D" + LoadDriver.PROPERTY + "=" + FakeLoadDriver.class.getName());
    cmd.add(2, "-Dgauntlet.fake.holdMillis=300000");
    Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(work.resolve("run.out").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    started.add(p);
    return p;
  }

  /** The run dir once its journal has a progress line; fails fast if the run died. */
  private java.util.Optional<Path> progressing(Path reports, Process run) throws Exception {
    if (!run.isAlive()) {
      throw new AssertionError("the run exited early with " + run.exitValue() + ": " + Files.readString(work.resolve("run.out")));
    }
    if (!Files.isDirectory(reports)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(reports)) {
      return dirs.filter(d -> !Files.isSymbolicLink(d)).filter(d -> { // reports/latest names the same run
        try {
          Path journal = d.resolve("journal.jsonl");
          return Files.exists(journal) && Files.readString(journal).contains("\"type\":\"progress\"");
        } catch (java.io.IOException e) {
          return false;
        }
      }).findFirst();
    }
  }
}
