package dev.gauntlet.cli;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.report.RunReports;
import dev.gauntlet.report.SummaryTable;
import dev.gauntlet.report.VerdictTable;
import dev.gauntlet.run.RunSummaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** {@code gauntlet summarize RUN_DIR}: recomputes summary.json from a run's journal and snapshots. */
@Command(name = "summarize", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Recompute RUN_DIR/summary.json (and junit.xml, index.html) from its journal.jsonl, placements.json",
    "and events.json, and print the table.",
    "Works on a run that was killed midway (status interrupted; a cut-short last line is ignored)."})
final class SummarizeCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN_DIR", description = "a run directory, e.g. reports/20261122-223000-smoke-1a2b")
  Path runDir;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(runDir.resolve(RunFiles.JOURNAL))) {
      throw new CliException(runDir + " has no " + RunFiles.JOURNAL + ": not a run directory; "
          + "pass one of reports/<run-id> (the last line 'run' printed)");
    }
    summarizeAndPrint(spec, runDir, List.of(), runDir.resolve(RunFiles.SUMMARY));
    return Gauntlet.OK;
  }

  /**
   * Summarizes a run directory and writes its reports, then prints the warnings (those given first), the
   * summary table, the verdicts when it has objectives, and {@code lastLine}: what summarize and merge print.
   */
  static RunReading summarizeAndPrint(CommandSpec spec, Path runDir, List<String> warnings, Path lastLine) {
    RunReading result = RunSummaries.summarize(runDir);
    RunReports.write(runDir, result);
    Stream.concat(warnings.stream(), result.warnings().stream())
        .forEach(w -> spec.commandLine().getErr().println("gauntlet: warning: " + w));
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().println(SummaryTable.render(result.summary()));
    if (!result.summary().slos().isEmpty()) {
      VerdictTable.lines(result.summary()).forEach(spec.commandLine().getOut()::println);
    }
    spec.commandLine().getOut().println(lastLine);
    spec.commandLine().getOut().flush();
    return result;
  }
}
