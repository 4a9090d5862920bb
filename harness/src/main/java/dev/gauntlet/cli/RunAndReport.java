package dev.gauntlet.cli;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.SummaryTable;
import dev.gauntlet.report.VerdictTable;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.run.Runner;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code run} and {@code gate} both do: the run, then the summary table, the verdict table
 * (always for a gate; for a run when it has objectives) and the run directory as the last line.
 * They differ only in the exit code: a gate's is the verdict.
 */
final class RunAndReport implements Callable<Integer> {

  private final CommandSpec spec;
  private final RunArgs args;
  private final boolean gate;

  private RunAndReport(CommandSpec spec, RunArgs args, boolean gate) {
    this.spec = spec;
    this.args = args;
    this.gate = gate;
  }

  static RunAndReport of(CommandSpec spec, RunArgs args, boolean gate) {
    return new RunAndReport(spec, args, gate);
  }

  @Override
  public Integer call() throws Exception {
    Runner runner = new Runner(args.options(Gauntlet.verbose(spec)), LoadDriver.configured(), System.err, Clock.systemDefaultZone(),
        this::print); // Ctrl-C: the hook prints what was measured
    RunOutcome outcome = runner.run();
    if (!outcome.completed() && outcome.summary().status() != RunStatus.ABORTED) {
      spec.commandLine().getErr().println("gauntlet: the run did not complete: " + outcome.error());
      spec.commandLine().getErr().flush();
    }
    print(outcome);
    return gate ? exitCode(VerdictTable.verdict(outcome.summary())) : runExitCode(outcome);
  }

  private void print(RunOutcome outcome) {
    PrintWriter stdout = spec.commandLine().getOut();
    Summary summary = outcome.summary();
    stdout.println(SummaryTable.render(summary));
    if (gate || !summary.slos().isEmpty()) {
      VerdictTable.lines(summary).forEach(stdout::println);
    }
    stdout.println(outcome.runDir()); // the last line: what pipelines pick up
    stdout.flush();
  }

  /** run: objectives are reported, not enforced; only an abort by one of them is a failure. */
  private static int runExitCode(RunOutcome outcome) {
    if (outcome.completed()) {
      return Gauntlet.OK;
    }
    return outcome.summary().status() == RunStatus.ABORTED ? Gauntlet.FAILED : Gauntlet.ERROR;
  }

  static int exitCode(VerdictTable.Verdict verdict) {
    return switch (verdict) {
      case PASS -> Gauntlet.OK;
      case FAIL -> Gauntlet.FAILED;
      case ERROR -> Gauntlet.ERROR;
    };
  }
}
