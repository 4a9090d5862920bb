package dev.gauntlet.cli;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.run.RunException;
import dev.gauntlet.yaml.ScenarioException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code gauntlet} command line: {@code run}, {@code gate}, {@code capacity}, {@code summarize}, {@code compare},
 * {@code trend}, {@code up}, {@code down}, {@code validate}.
 */
@Command(
    name = "gauntlet",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpWidth = 110,
    description = "Load-testing and reliability harness for Streamlit-style app-hosting platforms.",
    subcommands = {RunCommand.class, GateCommand.class, SummarizeCommand.class, UpCommand.class, DownCommand.class, ValidateCommand.class,
        ChaosCommand.class, K8sCommand.class, MergeCommand.class, WorkerCommand.class,
        CompareCommand.class, TrendCommand.class, CapacityCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (run: the run completed; gate: every objective met and every experiment held)",
        "1:gate: an objective missed or an experiment deviated; capacity: maxLoad below required; compare, trend --gate: a "
            + "regression; run and gate: an objective with abortOnFail "
            + "stopped the run (docs/gate.md)",
        "2:harness or input error: a run that did not complete, a bad scenario or app spec, unknown app, port in use, a component or pod "
            + "that never got ready, a deployment already running (the message names the file/line or the "
            + "process and the fix)"},
    footer = {"", "Runs: reports/<run-id>/ (run.log, journal.jsonl, summary.json, junit.xml, index.html; deployment/: logs).",
        "reports/latest links to the newest run.",
        "Logs: <state-dir>/logs/ (components), <state-dir>/scheduler/pods/<id>.log (pods).",
        "Set GAUNTLET_DEBUG=1 or pass --verbose for stack traces."})
public final class Gauntlet implements Runnable {

  static final int OK = 0;
  /** A verdict against the run: an objective missed, an experiment deviated, or the run aborted by an objective. */
  static final int FAILED = 1;
  static final int ERROR = 2;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "print stack traces of errors; run and gate: show Gatling's own output too (else only in run.log)")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** --verbose given to this command or before it, or GAUNTLET_DEBUG=1. */
  static boolean verbose(CommandLine.Model.CommandSpec spec) {
    for (CommandLine cmd = spec.commandLine(); cmd != null; cmd = cmd.getParent()) {
      if (cmd.getParseResult() != null && cmd.getParseResult().hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return "1".equals(System.getenv("GAUNTLET_DEBUG"));
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (what {@link #main} exits with). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** As {@link #run(String...)}, with the command's own output and errors going to the writers given. */
  public static int run(PrintWriter out, PrintWriter errors, String... args) {
    boolean debug = "1".equals(System.getenv("GAUNTLET_DEBUG")) || Arrays.asList(args).contains("--verbose");
    CommandLine cli = new CommandLine(new Gauntlet());
    cli.setOut(out);
    cli.setErr(errors);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (e instanceof ScenarioException || e instanceof DeploymentException || e instanceof CliException
          || e instanceof RunException) {
        err.println("gauntlet: " + e.getMessage());
      } else {
        err.println("gauntlet: unexpected error: " + e + (debug ? "" : " (GAUNTLET_DEBUG=1 shows the stack trace)"));
      }
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ERROR;
    });
    return cli.execute(args);
  }
}
