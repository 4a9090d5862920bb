package dev.gauntlet.cli;

import dev.gauntlet.report.junit.JUnitReport;
import dev.gauntlet.trend.EDivisive;
import dev.gauntlet.trend.GateRule;
import dev.gauntlet.trend.GateTable;
import dev.gauntlet.trend.GateVerdict;
import dev.gauntlet.trend.Run;
import dev.gauntlet.trend.RunFinder;
import dev.gauntlet.trend.Trend;
import dev.gauntlet.trend.TrendException;
import dev.gauntlet.trend.TrendGate;
import dev.gauntlet.trend.TrendHtml;
import dev.gauntlet.trend.TrendJUnit;
import dev.gauntlet.trend.TrendJson;
import dev.gauntlet.trend.TrendTable;
import dev.gauntlet.trend.Trends;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet trend RUNS...}: each statistic over the nights, its change points, and a gate for the newest run. */
@Command(name = "trend", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "The history of runs (run directories, folders of them such as reports/ or downloaded CI artifacts, or",
    "summary.json files), ordered by start time and grouped by scenario: for every statistic, the change points",
    "E-Divisive Means finds (the run where a new level starts, its commit, the levels before and after, the",
    "p-value, regressed or improved), and the provenance changes. Writes trend.html to --out. With --gate,",
    "judges each scenario's newest run against the runs since the last change point and writes junit.xml",
    "(docs/trend.md).", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (--gate: the newest run regressed on no statistic)",
        "1:--gate: the newest run regressed on a statistic (the last line names each and by how much)",
        "2:bad input: a path that does not exist, a folder without runs, an unreadable summary, an unknown --scenario"})
final class TrendCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUNS", description = "run directories, folders holding them, or summary.json files")
  List<Path> runs;

  @Option(names = "--scenario", paramLabel = "NAME", description = "analyse this scenario's runs only (default: each scenario apart)")
  String scenario;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "where trend.html (and with --gate junit.xml) is written (default: the current directory)")
  Path out;

  @Option(names = "--json", description = "print the trend as JSON instead of the table")
  boolean json;

  @Option(names = "--gate", description = "judge each scenario's newest run against the runs since the last change point")
  boolean gate;

  @Option(names = "--gate-sigmas", paramLabel = "N", defaultValue = "3",
      description = "--gate: robust spreads (1.4826 x MAD) the newest run may be worse by (default: ${DEFAULT-VALUE})")
  double sigmas;

  @Option(names = "--gate-min-change", paramLabel = "PERCENT", defaultValue = "5%",
      description = "--gate: a latency or capacity change under this share of the median never fails (default: ${DEFAULT-VALUE})")
  String minChange;

  @Override
  public Integer call() {
    GateRule rule = rule();
    RunFinder finder = new RunFinder();
    Trend trend;
    List<GateVerdict> verdicts;
    Path html;
    try {
      List<Run> found = finder.find(runs);
      trend = Trends.of(found, scenario, EDivisive.DEFAULT, finder.warnings());
      verdicts = gate ? TrendGate.judge(trend, EDivisive.DEFAULT, rule) : null;
      Files.createDirectories(out);
      html = TrendHtml.write(trend, verdicts, out);
      if (verdicts != null) {
        JUnitReport.write(TrendJUnit.xml(verdicts, JUnitReport.hostname()), out.resolve("junit.xml"));
      }
    } catch (TrendException e) {
      throw new CliException(e.getMessage());
    } catch (IOException e) {
      throw new CliException("--out " + out + ": cannot create it (" + e.getMessage() + "); pass a folder you can write");
    }
    PrintWriter err = spec.commandLine().getErr();
    trend.warnings().forEach(w -> err.println("gauntlet: warning: " + w));
    err.flush();
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      o.println(TrendJson.render(trend, verdicts, html));
    } else {
      TrendTable.lines(trend).forEach(o::println);
      o.println("trend.html  " + html);
      if (verdicts != null) {
        o.println("junit.xml   " + out.resolve("junit.xml"));
        GateTable.lines(verdicts, rule).forEach(o::println);
      }
    }
    o.flush();
    return verdicts != null && TrendGate.regressed(verdicts) ? Gauntlet.FAILED : Gauntlet.OK;
  }

  private GateRule rule() {
    double percent = Percent.parse("--gate-min-change", minChange, "5%");
    try {
      return new GateRule(sigmas, percent);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
