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
        + "'gateway' in 'target' (did you mean gateways?); known fields: kind, gateways, basePort, scheduler, apps, runtime, kubernetes"
        + System.lineSeparator());
  }

  @Test
  void validateRunAndGateRefuseAWidgetDrivenAsAnotherKindThanItsSpecSaysBeforeAnythingStarts() {
    Path file = new ScenarioFiles(root).scenario("target:\n  apps: [{app: dash}]\nload:\n  users: 1\n  hold: 5s\n"
        + "  apps:\n    - app: dash\n      widgets:\n        - {key: n, kind: number_input, values: [1, 2.5]}\n");
    String expected = "gauntlet: " + ScenarioException.display(file) + " line 9: load.apps[0].widgets[0]: key 'n' is a "
        + "number_input here but a slider in " + ScenarioException.display(root.resolve("apps/dash.yaml"))
        + "; drive it as kind: slider, or declare it as number_input in the spec" + System.lineSeparator();
    for (String command : new String[] {"validate", "run", "gate"}) {
      err.getBuffer().setLength(0);
      int code = command.equals("validate") ? run(command, file.toString())
          : run(command, file.toString(), "--out", root.resolve("reports").toString());
      assertThat(code).as(command).isEqualTo(2);
      assertThat(err.toString()).as(command).isEqualTo(expected);
    }
    assertThat(out.toString()).isEmpty();
    assertThat(root.resolve("reports")).doesNotExist();
  }

  @Test
  void validateAndRunRefuseChaosOnAnExternalTargetSayingWhatChaosNeeds() {
    ScenarioFiles files = new ScenarioFiles(root);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n");
    Path file = files.scenario("target: {kind: external, url: 'http://127.0.0.1:9'}\n"
        + "load: {users: 1, hold: 30s, apps: [{app: ''}]}\nchaos:\n  - {experiment: ../chaos/kill.yaml, at: 10s}\n");
    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(run("run", file.toString(), "--out", root.resolve("reports").toString())).isEqualTo(2);
    String expected = "gauntlet: " + ScenarioException.display(file) + " line 3: chaos needs a deployment Gauntlet can "
        + "see and act on (its processes, to kill, pause and watch), but an external target is only a URL; run chaos "
        + "against target.kind: local, docker or kubernetes, give the external target a kubernetes: block "
        + "(namespace, selectors) so its pods can be reached, or remove the chaos section"
        + System.lineSeparator();
    assertThat(err.toString()).isEqualTo(expected + expected);
    assertThat(root.resolve("reports")).doesNotExist();
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
