package dev.gauntlet.cli;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.report.SummaryTable;
import dev.gauntlet.run.RunOptions;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.run.Runner;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet run FILE}: one load run against the scenario's target, ending in its run dir. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Run a scenario: validate it, bring its target up (local by default), drive its load with Gatling",
    "in this JVM, show live progress, bring the target down, write reports/<run-id>/ (journal.jsonl,",
    "plan.json, histograms, placements.json, events.json, gatling/, summary.json, run.log) and print",
    "a summary table. The last line printed is the run directory. Exit 0 when the run completed.", ""})
final class RunCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the scenario file, e.g. scenarios/smoke.yaml")
  Path file;

  @Option(names = "--target", paramLabel = "KIND", description = "local or external: overrides the scenario's target kind")
  String target;

  @Option(names = "--url", paramLabel = "URL", description = "the external target's url (a gateway or a Streamlit server)")
  URI url;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "the run directory goes under DIR (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of the load (default: a new one, recorded in plan.json)")
  Long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    RunOptions options = new RunOptions(file, target, url, out, chosenSeed, System.console() != null);
    Runner runner = new Runner(options, LoadDriver.configured(), System.err, Clock.systemDefaultZone(),
        outcome -> {
          print(stdout, outcome);
          stdout.println(outcome.runDir());
          stdout.flush();
        });
    RunOutcome outcome = runner.run();
    print(stdout, outcome);
    if (!outcome.completed()) {
      spec.commandLine().getErr().println("gauntlet: the run did not complete: " + outcome.error());
      spec.commandLine().getErr().flush();
      stdout.println(outcome.runDir());
      stdout.flush();
      return Gauntlet.ERROR;
    }
    stdout.println(outcome.runDir());
    stdout.flush();
    return Gauntlet.OK;
  }

  private static void print(PrintWriter stdout, RunOutcome outcome) {
    stdout.println(SummaryTable.render(outcome.summary()));
    stdout.flush();
  }
}
