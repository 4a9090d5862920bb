package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.scenario.ScenarioFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** {@code gate}: run's options exactly, its exit codes documented, and what it refuses before anything starts. */
class GateCommandTest {

  @TempDir
  Path root;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void gateTakesExactlyRunsOptionsAndParameters() {
    CommandLine cli = new CommandLine(new Gauntlet());
    CommandLine.Model.CommandSpec gate = cli.getSubcommands().get("gate").getCommandSpec();
    CommandLine.Model.CommandSpec run = cli.getSubcommands().get("run").getCommandSpec();

    assertThat(names(gate.options())).isEqualTo(names(run.options())).contains("--target", "--url", "--out", "--seed");
    assertThat(gate.positionalParameters()).hasSize(1);
    assertThat(gate.positionalParameters().get(0).paramLabel()).isEqualTo(run.positionalParameters().get(0).paramLabel());
  }

  @Test
  void helpListsGateAndTheThreeExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("gate ", "0   done", "1   gate: an objective missed", "2   harness or input error");
    out.getBuffer().setLength(0);

    assertThat(run("gate", "--help")).isZero();
    assertThat(out.toString()).contains("Exit codes:", "0   every objective met", "1   an objective missed",
        "2   harness or input error: no objectives, a malformed objective");
  }

  @Test
  void aScenarioWithoutObjectivesHasNothingToGateOnAndStartsNothing() {
    Path file = new ScenarioFiles(root).scenario("name: s\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
        + "load: {users: 1, hold: 1s, apps: [{app: ''}]}\n");

    assertThat(run("gate", file.toString(), "--out", root.resolve("reports").toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("gauntlet: " + file + " has no objectives, so there is nothing to gate on; add slos:");
    assertThat(root.resolve("reports")).doesNotExist();
  }

  @Test
  void aMalformedObjectiveExits2WithFileAndLineAndStartsNothing() {
    Path file = new ScenarioFiles(root).scenario("name: s\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
        + "load: {users: 1, hold: 1s, apps: [{app: ''}]}\nslos:\n  objectives:\n    - ttfr_ms p95 < fast\n");

    assertThat(run("gate", file.toString(), "--out", root.resolve("reports").toString())).isEqualTo(2);

    assertThat(err.toString()).startsWith("gauntlet: " + dev.gauntlet.yaml.ScenarioException.display(file) + " line 6: ")
        .contains("ttfr_ms p95 < fast");
    assertThat(root.resolve("reports")).doesNotExist();
  }

  @Test
  void aMissingScenarioIsAnInputError() {
    assertThat(run("gate", root.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("gauntlet: ");
  }

  @Test
  void verdictsMapToExitCodes() {
    assertThat(List.of(RunAndReport.exitCode(dev.gauntlet.report.VerdictTable.Verdict.PASS),
        RunAndReport.exitCode(dev.gauntlet.report.VerdictTable.Verdict.FAIL),
        RunAndReport.exitCode(dev.gauntlet.report.VerdictTable.Verdict.ERROR))).containsExactly(0, 1, 2);
  }

  private static List<String> names(List<OptionSpec> options) {
    return options.stream().map(OptionSpec::longestName).sorted().toList();
  }
}
