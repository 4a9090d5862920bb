package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.yaml.ScenarioException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GauntletTest {

  @TempDir
  Path root;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpExplainsEachCommandAndTheExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("up ", "down ", "validate ", "Exit codes:", "2   harness or input error");
  }

  @Test
  void validateSaysWhatTheTargetDeploys() {
    Path file = new ScenarioFiles(root).scenario("name: s\ntarget:\n  gateways: 2\n  apps: [{app: dash, warm: 2}]\nslos: []\n");
    assertThat(run("validate", file.toString())).isZero();
    assertThat(out.toString()).contains(": ok (s; target local: 2 gateway(s), 1 scheduler, apps dash (warm 2))",
        "  load: none (enough for 'up'; 'run' needs a load section)", "  deadlines: interaction 10s, recovery 15s",
        "  slos: none ('gate' needs objectives)");
  }

  @Test
  void validateListsTheObjectivesWithTheirScopes() {
    ScenarioFiles files = new ScenarioFiles(root);
    files.write("slos/common.yaml", "objectives: [lost_sessions <= 0]\n");
    Path file = files.scenario("name: s\ntarget:\n  apps: [{app: dash, warm: 2}]\nslos:\n  include: ../slos/common.yaml\n"
        + "  faultWindow: 20s\n  objectives:\n    - ttfr_ms p95 < 2000\n"
        + "    - {objective: interaction_success >= 99%, scope: fault, app: dash, minSamples: 0, abortOnFail: true}\n");
    assertThat(run("validate", file.toString())).isZero();
    assertThat(out.toString()).contains("  slos: 3 objective(s)" + System.lineSeparator()
        + "    lost_sessions <= 0 (whole run; from " + ScenarioException.display(root.resolve("slos/common.yaml")) + ")"
        + System.lineSeparator() + "    ttfr_ms p95 < 2000 (whole run)" + System.lineSeparator()
        + "    interaction_success >= 99% (fault: within 20s fault windows; app dash; minSamples 0; abortOnFail)");
  }

  @Test
  void aMalformedObjectiveIsAnInputErrorNamingItsLine() {
    Path file = new ScenarioFiles(root).scenario("target:\n  apps: [{app: dash}]\nslos: [interaction_success >= 99.5]\n");
    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("gauntlet: " + ScenarioException.display(file) + " line 3: objective "
        + "'interaction_success >= 99.5' gives a ratio without a percent; ratio SLIs take a percent: "
        + "interaction_success >= 99.5%" + System.lineSeparator());
    assertThat(out.toString()).isEmpty(); // checked before anything is printed
  }

  @Test
  void aBadScenarioIsOneLineNamingFileAndLineAndExits2() {
    Path file = new ScenarioFiles(root).scenario("target:\n  apps: [{app: dash}]\n  gateway: 2\n");
    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("gauntlet: " + ScenarioException.display(file) + " line 3: unknown field "
        + "'gateway' in 'target' (did you mean gateways?); known fields: kind, gateways, basePort, scheduler, apps, runtime"
        + System.lineSeparator());
  }

  @Test
  void upRejectsABadScenarioBeforeStartingAnything() {
    Path file = new ScenarioFiles(root).scenario("target:\n  apps: [{app: nope}]\n");
    assertThat(run("up", "--scenario", file.toString(), "--state-dir", root.resolve("state").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("gauntlet: " + ScenarioException.display(file) + " line 2: unknown app 'nope'");
    assertThat(root.resolve("state")).doesNotExist();
  }

  @Test
  void upOnAnExternalTargetHasNothingToStart() {
    Path file = new ScenarioFiles(root).scenario("target: {kind: external, url: 'http://127.0.0.1:9'}\n");
    assertThat(run("up", "--scenario", file.toString())).isZero();
  }

  @Test
  void downWithNothingRunningSaysSo() {
    assertThat(run("down", "--state-dir", root.toString())).isZero();
    assertThat(out.toString()).contains("nothing was running from " + root);
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("up", "--detatch")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--detatch'");
  }
}
