package dev.gauntlet.cli;

import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.slo.Objectives;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gauntlet gate FILE}: a run whose exit code is the verdict of its objectives and experiments. */
@Command(name = "gate", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Run a scenario exactly as 'run' does (same options, same run directory) and judge it: every",
    "objective in its slos section, and every chaos experiment's steady state. Prints the summary",
    "table, a verdict table and a 'verdict:' line; writes junit.xml (a test case per objective and per",
    "experiment, docs/gate.md). The last line printed is the run directory.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every objective met and every experiment's steady state held",
        "1:an objective missed, an experiment deviated, or an objective with abortOnFail stopped the run",
        "2:harness or input error: no objectives, a malformed objective (file:line), a run that ended in "
            + "error (a failing target, no interaction that succeeded) or was interrupted"})
final class GateCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  RunArgs args;

  @Override
  public Integer call() throws Exception {
    // both checks come before anything starts: a malformed objective throws with its file and line
    Scenario scenario = Scenarios.load(args.file);
    if (Objectives.of(scenario).isEmpty() && Objectives.promql(scenario).isEmpty()) {
      throw new CliException(args.file + " has no objectives, so there is nothing to gate on; add slos: "
          + "{objectives: ['interaction_success >= 99%', 'ttfr_ms p95 < 2000']} (docs/slo.md), or use 'run'");
    }
    return RunAndReport.of(spec, args, true).call();
  }
}
