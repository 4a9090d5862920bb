package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.run.FakeLoadDriver;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --workers}, {@code --shard} and {@code merge} against the real local platform, with worker
 * JVMs running the fake load driver: the split, the shared start, the merge, gate and compare on the result.
 */
class WorkersIT {

  static final String SCENARIO = "name: tiny\ntarget:\n  gateways: 1\n  apps: [{app: light, warm: 1}]\n"
      + "load: {users: 5, ramp: 1s, hold: 2s, apps: [{app: light, widgets: [{key: n, kind: slider, values: [1, 2]}]}]}\n"
      + "slos: {objectives: ['interaction_success >= 99%', 'rerun_ms p95 < 1000']}\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path work;

  @BeforeEach
  void fakeLoad() {
    System.setProperty(LoadDriver.PROPERTY, FakeLoadDriver.class.getName()); // passed on to the workers
  }

  @AfterEach
  void cleanUp() {
    System.clearProperty(LoadDriver.PROPERTY);
  }

  @Test
  void twoWorkersShareTheLoadAndTheRunSumsThemExactly() throws Exception {
    Result r = gauntlet("gate", scenario().toString(), "--workers", "2", "--seed", "9");

    assertThat(r.exit).as(r.err).isZero();
    Path runDir = r.runDir();
    JsonNode top = JSON.readTree(runDir.resolve("summary.json").toFile());
    JsonNode one = JSON.readTree(runDir.resolve("workers/1/summary.json").toFile());
    JsonNode two = JSON.readTree(runDir.resolve("workers/2/summary.json").toFile());
    assertThat(one.at("/sessions/started").asLong()).isEqualTo(3); // 5 users dealt 3 and 2
    assertThat(two.at("/sessions/started").asLong()).isEqualTo(2);
    assertThat(top.at("/sessions/started").asLong()).isEqualTo(5);
    assertThat(top.at("/interactions/ok").asLong())
        .isEqualTo(one.at("/interactions/ok").asLong() + two.at("/interactions/ok").asLong());
    // the fake's rerun of vu n takes 2.25 n ms: the top max is the slowest user's, whichever worker had it
    assertThat(top.at("/sli/rerun_ms/max").asDouble()).isBetween(11.24, 11.26);
    assertThat(top.at("/workers/count").asInt()).isEqualTo(2);
    assertThat(top.at("/workers/workers/0/clockOffsetMillis").isNumber()).isTrue();
    List<Integer> workers = JournalReader.read(runDir.resolve("journal.jsonl")).workers();
    assertThat(workers).contains(0, 1, 2);
    assertThat(runDir.resolve("junit.xml")).exists();
    assertThat(r.out).contains("verdict: PASS");
    assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
        .filter(p -> commandLine(p).contains(" worker --plan ")).toList())
        .as("worker processes left running").isEmpty();

    Result single = gauntlet("run", scenario().toString(), "--seed", "9");
    Result compared = gauntlet("compare", single.runDir().toString(), runDir.toString());
    assertThat(compared.exit).as(compared.out + compared.err).isZero();
  }

  @Test
  void shardRunsMergeIntoTheWholeRun() throws Exception {
    Result first = gauntlet("run", scenario().toString(), "--shard", "1/2", "--seed", "4");
    Result second = gauntlet("run", scenario().toString(), "--shard", "2/2", "--seed", "4");
    assertThat(first.exit).as(first.err).isZero();
    assertThat(second.exit).as(second.err).isZero();

    Path merged = work.resolve("merged");
    Result m = gauntlet("merge", first.runDir().toString(), second.runDir().toString(), "--out", merged.toString());

    assertThat(m.exit).as(m.err).isZero();
    assertThat(m.out.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(merged.toString());
    JsonNode summary = JSON.readTree(merged.resolve("summary.json").toFile());
    assertThat(summary.at("/sessions/started").asLong()).isEqualTo(5);
    assertThat(summary.at("/status").asText()).isEqualTo("completed");
    assertThat(merged.resolve("index.html")).exists();
    assertThat(m.out).contains("verdict: PASS");
  }

  @Test
  void moreWorkersThanUsersIsRefusedBeforeAnythingStarts() throws Exception {
    Result r = gauntlet("run", scenario().toString(), "--workers", "6");

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("6 workers for 5 users").contains("at most 5");
    assertThat(work.resolve("reports")).doesNotExist();
  }

  @Test
  void aStoppedRunStopsItsWorkersAndAKilledOnesWorkersStopThemselves() throws Exception {
    Path scenario = scenario();
    for (boolean kill : new boolean[] {false, true}) {
      Path reports = work.resolve(kill ? "killed" : "stopped");
      List<String> cmd = new ChildCli(work).command("run", scenario.toString(), "--workers", "2", "--out", reports.toString());
      int cp = cmd.indexOf("-cp") + 1;
      cmd.set(cp, PlatformFixture.home().resolve("harness/target/test-classes") + File.pathSeparator + cmd.get(cp));
      cmd.add(1, "-D" + LoadDriver.PROPERTY + "=" + FakeLoadDriver.class.getName());
      cmd.add(2, "-Dgauntlet.fake.holdMillis=300000"); // passed on: each worker holds a session open
      Process run = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
          .redirectOutput(work.resolve("child.out").toFile()).start();
      try {
        List<ProcessHandle> workers = await("both workers holding their sessions").atMost(Duration.ofMinutes(3))
            .until(() -> holding(run, reports), w -> w.size() == 2);

        if (kill) {
          run.destroyForcibly();
        } else {
          run.destroy();
        }

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        await("the workers gone").atMost(Duration.ofSeconds(30))
            .until(() -> workers.stream().noneMatch(ProcessHandle::isAlive));
        if (!kill) {
          Path runDir = Files.list(reports).filter(Files::isDirectory).filter(d -> !d.endsWith("latest")).findFirst().orElseThrow();
          JsonNode summary = JSON.readTree(runDir.resolve("summary.json").toFile());
          assertThat(summary.path("status").asText()).isEqualTo("interrupted");
          assertThat(summary.at("/sessions/started").asLong()).as("5 users and a held session in each worker").isEqualTo(7);
        }
      } finally {
        run.destroyForcibly();
      }
    }
  }

  /** The run's worker processes once both have written their held session (the run's journal has 7 starts). */
  private static List<ProcessHandle> holding(Process run, Path reports) throws Exception {
    if (!run.isAlive()) {
      throw new AssertionError("the run exited early with " + run.exitValue());
    }
    List<ProcessHandle> workers = run.toHandle().descendants().filter(p -> commandLine(p).contains(" worker --plan "))
        .toList();
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (var dirs = Files.list(reports)) {
      for (Path dir : dirs.toList()) {
        Path journal = dir.resolve("journal.jsonl");
        if (Files.isRegularFile(journal)
            && JournalReader.read(journal).of(dev.gauntlet.measure.JournalEvent.SessionStarted.class).size() == 7) {
          return workers;
        }
      }
    }
    return List.of();
  }

  /** The whole command line (the JDK's stops at 4096 bytes, before a long class path ends). */
  private static String commandLine(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"))).replace('\0', ' ');
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private Path scenario() throws Exception {
    Path apps = Files.createDirectories(work.resolve("apps"));
    if (!Files.exists(apps.resolve("light.yaml"))) {
      Files.copy(PlatformFixture.home().resolve("apps/light.yaml"), apps.resolve("light.yaml"));
    }
    Files.createDirectories(work.resolve("scenarios"));
    return Files.writeString(work.resolve("scenarios/tiny.yaml"), SCENARIO);
  }

  private Result gauntlet(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (!args[0].equals("compare") && !args[0].equals("merge")) {
      all.addAll(List.of("--out", work.resolve("reports").toString()));
    }
    int exit = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  record Result(int exit, String out, String err) {
    Path runDir() {
      List<String> lines = out.strip().lines().toList();
      return Path.of(lines.get(lines.size() - 1));
    }
  }
}
