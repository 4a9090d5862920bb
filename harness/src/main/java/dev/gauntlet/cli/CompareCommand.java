package dev.gauntlet.cli;

import dev.gauntlet.compare.CompareException;
import dev.gauntlet.compare.CompareJson;
import dev.gauntlet.compare.CompareTable;
import dev.gauntlet.compare.Comparison;
import dev.gauntlet.compare.Comparisons;
import dev.gauntlet.compare.NoiseFloor;
import dev.gauntlet.compare.SummaryFiles;
import dev.gauntlet.yaml.DurationText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet compare BASELINE CURRENT}: per SLI and statistic, improved / regressed / within noise. */
@Command(name = "compare", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Compare two runs (run directories or summary.json files): for each SLI and statistic, and for",
    "interaction_success and sessions.lost, the current run against the baseline: improved, regressed,",
    "within noise or no data. Runs of different scenarios (provenance hash) are refused unless",
    "--allow-scenario-change. Exit 0 no regression, 1 a regression, 2 bad input (docs/compare.md).", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no statistic regressed", "1:a statistic regressed (the last line names each)",
        "2:bad input: not a run directory, an unreadable summary, runs of different scenarios"})
final class CompareCommand implements Callable<Integer> {

  private static final Pattern STAT = Pattern.compile("p\\d{1,2}(\\.\\d+)?|max");

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE", description = "the reference run: reports/<run-id> or a summary.json")
  Path baseline;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "the run judged against it")
  Path current;

  @Option(names = "--stats", paramLabel = "LIST", split = ",", defaultValue = "p50,p95,p99",
      description = "latency statistics to compare (default: ${DEFAULT-VALUE}; also max)")
  List<String> stats;

  @Option(names = "--noise-rel", paramLabel = "PERCENT", defaultValue = "10%",
      description = "a latency change within this share of the baseline is noise (default: ${DEFAULT-VALUE})")
  String noiseRel;

  @Option(names = "--noise-abs", paramLabel = "DURATION", defaultValue = "5ms",
      description = "a latency change within this is noise (default: ${DEFAULT-VALUE})")
  String noiseAbs;

  @Option(names = "--noise-success", paramLabel = "POINTS", defaultValue = "0.5",
      description = "an interaction_success change within this many percentage points is noise (default: ${DEFAULT-VALUE})")
  double noiseSuccess;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "10",
      description = "fewer samples than this on either side: no data (default: ${DEFAULT-VALUE})")
  int minCount;

  @Option(names = "--min-tail", paramLabel = "N", defaultValue = "10",
      description = "a percentile pNN is judged only with N samples beyond it on each side, count x (1 - NN/100) >= N: "
          + "10 asks 20 samples of a p50, 200 of a p95, 1000 of a p99; 0 judges every percentile (default: ${DEFAULT-VALUE})")
  int minTail;

  @Option(names = "--json", description = "print the comparison as JSON instead of the table")
  boolean json;

  @Option(names = "--allow-scenario-change", description = "compare runs whose scenario hashes differ (a warning, not an error)")
  boolean allowScenarioChange;

  @Override
  public Integer call() {
    Comparison comparison;
    try {
      comparison = Comparisons.of(SummaryFiles.read("baseline", baseline), SummaryFiles.read("current", current),
          floor(), stats(), allowScenarioChange);
    } catch (CompareException e) {
      throw new CliException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    comparison.warnings().forEach(w -> err.println("gauntlet: warning: " + w));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CompareJson.render(comparison) : CompareTable.render(comparison));
    out.flush();
    return comparison.regressed() ? Gauntlet.FAILED : Gauntlet.OK;
  }

  private NoiseFloor floor() {
    double relative = Percent.parse("--noise-rel", noiseRel, "10%");
    Duration absolute;
    try {
      absolute = DurationText.parse(noiseAbs);
    } catch (IllegalArgumentException e) {
      throw new CliException("--noise-abs: " + e.getMessage());
    }
    try {
      return new NoiseFloor(relative, absolute, noiseSuccess, minCount, minTail);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private List<String> stats() {
    List<String> cleaned = stats.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    for (String stat : cleaned) {
      if (!STAT.matcher(stat).matches()) {
        throw new CliException("--stats: unknown statistic '" + stat + "': expected p50, p95, p99 or max "
            + "(a summary's SLIs carry count, p50, p95, p99, max), e.g. --stats p50,p95,max");
      }
    }
    if (cleaned.isEmpty()) {
      throw new CliException("--stats is empty: name at least one statistic, e.g. --stats p95");
    }
    return cleaned;
  }
}
