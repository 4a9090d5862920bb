package dev.gauntlet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gauntlet run FILE}: one load run against the scenario's target, ending in its run dir. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Run a scenario: validate it, bring its target up (local by default), drive its load with Gatling",
    "in this JVM (or split over --workers N JVMs and merged exactly: docs/workers.md), show live",
    "progress, bring the target down, write reports/<run-id>/ (journal.jsonl, plan.json, histograms,",
    "placements.json, events.json, gatling/, summary.json, junit.xml, index.html, run.log) and print a",
    "summary table (and the objectives' verdicts, reported but not enforced: see 'gate'). The last line",
    "printed is the run directory. During the load the terminal shows a progress",
    "line; Gatling's own output goes to run.log (--verbose: the terminal too). A target that refuses the",
    "preflight or the first sessions stops the run in seconds (status error).",
    "Exit 0 when the run completed, 1 when an objective with abortOnFail stopped it, 2 otherwise (also a",
    "failing target, or a run in which no interaction succeeded).", ""})
final class RunCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  RunArgs args;

  @Override
  public Integer call() throws Exception {
    return RunAndReport.of(spec, args, false).call();
  }
}
