package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.JournalCounts;
import dev.gauntlet.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run flow against an external target (nothing to start) with the fake driver. */
class RunnerTest {

  static final String EXTERNAL = "name: ext\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
      + "load: {users: 3, hold: 1s, apps: [{app: ''}]}\n";

  @TempDir
  Path root;

  final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-22T22:30:00Z"), ZoneId.of("UTC"));

  Runner runner(Path scenario, String kind, URI url, LoadDriverStub driver) {
    return new Runner(new RunOptions(scenario, kind, url, root.resolve("out"), 7, false), driver,
        new PrintStream(terminal, true, StandardCharsets.UTF_8), clock, o -> { });
  }

  interface LoadDriverStub extends dev.gauntlet.load.LoadDriver {}

  @Test
  void anExternalRunWritesItsDirectoryAndASummaryThatAgreesWithTheJournal() throws Exception {
    Path scenario = new ScenarioFiles(root).scenario(EXTERNAL);

    RunOutcome outcome = runner(scenario, null, null, new FakeLoadDriver()::run).run();

    assertThat(outcome.completed()).isTrue();
    assertThat(outcome.runDir().getFileName().toString()).matches("\\d{8}-\\d{6}-ext-[0-9a-f]{4}");
    assertThat(outcome.runDir()).isDirectoryContaining(p -> p.endsWith("scenario.yaml"))
        .isDirectoryContaining(p -> p.endsWith("run.log")).isDirectoryContaining(p -> p.endsWith("summary.json"));
    assertThat(outcome.runDir().resolve("placements.json")).doesNotExist();
    assertThat(root.resolve("out/latest").toRealPath()).isEqualTo(outcome.runDir().toRealPath());
    Plan plan = Plan.read(outcome.runDir().resolve("plan.json"));
    assertThat(plan.entryPoints()).containsExactly("http://127.0.0.1:9");
    assertThat(plan.apps().get(0).path()).isEmpty();
    assertThat(plan.seed()).isEqualTo(7);
    assertThat(outcome.summary().sessions().completed()).isEqualTo(3);
    assertThat(outcome.summary().status()).isEqualTo(RunStatus.COMPLETED);
    JournalCounts.of(outcome.runDir().resolve("journal.jsonl")).assertAgrees(outcome.summary());
    String journal = Files.readString(outcome.runDir().resolve("journal.jsonl"));
    assertThat(journal).startsWith("{\"t\":").contains("\"type\":\"run_started\",\"runId\":\"" + plan.runId());
    assertThat(journal.strip().lines().reduce((a, b) -> b).orElseThrow()).contains("\"type\":\"run_ended\",\"status\":\"completed\"");
  }

  @Test
  void aFailingDriverStillLeavesASummaryWithStatusError() throws Exception {
    Path scenario = new ScenarioFiles(root).scenario(EXTERNAL);

    RunOutcome outcome = runner(scenario, null, null, (plan, dir) -> {
      throw new IllegalStateException("gatling blew up");
    }).run();

    assertThat(outcome.completed()).isFalse();
    assertThat(outcome.error()).isEqualTo("gatling blew up");
    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ERROR);
    assertThat(outcome.runDir().resolve("summary.json")).exists();
    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("gauntlet: run error: gatling blew up");
  }

  @Test
  void targetOverridesAreCheckedBeforeAnythingIsWritten() {
    ScenarioFiles files = new ScenarioFiles(root);
    Path external = files.scenario(EXTERNAL);
    assertThatThrownBy(() -> runner(external, "local", null, null).run()).isInstanceOf(RunException.class)
        .hasMessageEndingWith("has an external target, which names no platform to bring up; "
            + "drop --target local, or write a target of kind local (gateways, apps)");
    Path local = files.write("scenarios/l.yaml", "target: {apps: [{app: dash}]}\nload: {users: 1, hold: 1s, apps: [{app: dash}]}\n");
    assertThatThrownBy(() -> runner(local, "external", null, null).run())
        .hasMessageEndingWith("'s target has none; pass --url http://host:port (a gateway or a Streamlit server)");
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n");
    Path chaos = files.write("scenarios/c.yaml", "target: {apps: [{app: dash}]}\nload: {users: 1, hold: 20s, apps: [{app: dash}]}\n"
        + "chaos:\n  - {experiment: ../chaos/kill.yaml, at: 5s}\n");
    assertThatThrownBy(() -> runner(chaos, "external", URI.create("http://127.0.0.1:9"), null).run())
        .isInstanceOf(dev.gauntlet.yaml.ScenarioException.class)
        .hasMessageEndingWith("c.yaml line 3: chaos needs a deployment Gauntlet can see and act on (its processes, to kill, "
            + "pause and watch), but --target external makes the target only a URL; drop --target external (chaos runs "
            + "against the scenario's local target), or remove the chaos section");
    Path noLoad = files.write("scenarios/n.yaml", "target: {apps: [{app: dash}]}\n");
    assertThatThrownBy(() -> runner(noLoad, null, null, null).run())
        .hasMessageStartingWith("n.yaml has no load section, so there is nothing to run; add load:");
    assertThat(root.resolve("out")).doesNotExist();
  }

  @Test
  void aLocalScenarioRunAsExternalPutsAppsUnderTheGatewayPaths() throws Exception {
    Path local = new ScenarioFiles(root).write("scenarios/l.yaml",
        "name: l\ntarget: {apps: [{app: dash}]}\nload: {users: 1, hold: 1s, apps: [{app: dash}]}\n");

    RunOutcome outcome = runner(local, "external", URI.create("http://127.0.0.1:9"), new FakeLoadDriver()::run).run();

    assertThat(Plan.read(outcome.runDir().resolve("plan.json")).apps().get(0).path()).isEqualTo("/apps/dash");
  }
}
