package dev.gauntlet.cli;

import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.merge.MergeException;
import dev.gauntlet.merge.ShardMerge;
import dev.gauntlet.report.VerdictTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet merge DIR... --out DIR}: shard runs made apart merged into one run, then judged as one. */
@Command(name = "merge", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Merge runs of one scenario made apart (a CI matrix's shards: 'run --shard I/N --seed S') into a new run",
    "directory, as if one process had driven all their load: journals in time order, each line with its input's",
    "number as its worker; HdrHistograms added, never percentiles averaged; then summary.json, the verdict,",
    "junit.xml and index.html computed from the merged files exactly as for one run (docs/workers.md).",
    "Prints the summary and verdict tables; the last line printed is the merged run directory.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:merged; every objective met (or none) and the merged run completed",
        "1:an objective missed or an experiment deviated",
        "2:inputs that cannot be merged (not run directories, other scenarios, --out not empty) or a merged run "
            + "that did not complete (an input ended in error or was interrupted)"})
final class MergeCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "run directories to merge, e.g. shards/*/reports/latest")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged run directory (new or empty)")
  Path out;

  @Override
  public Integer call() {
    List<String> warnings;
    try {
      warnings = ShardMerge.merge(inputs, out);
    } catch (MergeException e) {
      throw new CliException(e.getMessage());
    }
    RunReading result = SummarizeCommand.summarizeAndPrint(spec, out, warnings, out);
    if (result.summary().status() != RunStatus.COMPLETED) {
      return result.summary().status() == RunStatus.ABORTED ? Gauntlet.FAILED : Gauntlet.ERROR;
    }
    return RunAndReport.exitCode(VerdictTable.verdict(result.summary()));
  }
}
