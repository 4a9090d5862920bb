package dev.gauntlet.cli;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.report.RunReports;
import dev.gauntlet.report.SummaryTable;
import dev.gauntlet.report.VerdictTable;
import dev.gauntlet.run.RunSummaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
    RunReading result = RunSummaries.summarize(runDir);
    RunReports.write(runDir, result);
    result.warnings().forEach(w -> spec.commandLine().getErr().println("gauntlet: warning: " + w));
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().println(SummaryTable.render(result.summary()));
    if (!result.summary().slos().isEmpty()) {
      VerdictTable.lines(result.summary()).forEach(spec.commandLine().getOut()::println);
    }
    spec.commandLine().getOut().println(runDir.resolve(RunFiles.SUMMARY));
    spec.commandLine().getOut().flush();
    return Gauntlet.OK;
  }
}
