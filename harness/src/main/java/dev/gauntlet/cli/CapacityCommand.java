package dev.gauntlet.cli;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.report.SummaryTable;
import dev.gauntlet.run.CapacityOutcome;
import dev.gauntlet.run.CapacityRunner;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.scenario.Scenarios;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code gauntlet capacity FILE}: the highest load the deployment holds inside its objectives (docs/capacity.md). */
@Command(name = "capacity", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Bring the scenario's target up once, then run load steps at rising levels (its capacity section),",
    "each judged by its objectives over the step's judged window; step up until a level breaks one, then",
    "bisect to the resolution. Writes capacity.json (maxLoad, what limited it, the USL fit, per-pod and",
    "per-gateway figures) beside the usual run files. The last line printed is the run directory.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the search completed and maxLoad reaches the section's required level (or none is set)",
        "1:maxLoad is below required",
        "2:harness or input error: no capacity section or no objectives, a bad scenario (file:line), a search "
            + "that ended in error or was interrupted"})
final class CapacityCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  RunArgs args;

  @Override
  public Integer call() throws Exception {
    CapacityRunner.check(Scenarios.load(args.file)); // its errors come before anything starts
    CapacityRunner runner = new CapacityRunner(args.options(Gauntlet.verbose(spec)), LoadDriver.configured(), System.err,
        Clock.systemDefaultZone(), this::print);
    CapacityOutcome outcome = runner.run();
    if (outcome.found().isEmpty()) {
      spec.commandLine().getErr().println("gauntlet: the capacity search did not complete: " + outcome.run().error());
      spec.commandLine().getErr().flush();
      print(outcome.run());
      return Gauntlet.ERROR;
    }
    Capacity c = outcome.capacity();
    PrintWriter out = spec.commandLine().getOut();
    out.println(SummaryTable.render(outcome.run().summary()));
    out.println(table(c));
    out.println(verdict(c));
    out.println(outcome.run().runDir());
    out.flush();
    return c.met() ? Gauntlet.OK : Gauntlet.FAILED;
  }

  private void print(RunOutcome outcome) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(SummaryTable.render(outcome.summary()));
    out.println(outcome.runDir());
    out.flush();
  }

  /** One row per step: level, phase, throughput, p95, pods, verdict. */
  static String table(Capacity c) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %10s  %-6s  %12s  %10s  %4s  %s%n", "step",
        c.variable().equals("users") ? "users" : "arrivals/s", "phase", "interact./s", "p95 ms", "pods", "verdict"));
    for (Capacity.Step s : c.steps()) {
      b.append(String.format(Locale.ROOT, "%-5d %10s  %-6s  %12.2f  %10s  %4d  %s%n", s.index(), plain(s.level()),
          s.phase(), s.throughput(), s.p95Ms() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.p95Ms()), s.pods(),
          s.held() ? "held" : "BROKE: " + s.reason()));
    }
    return b.toString().stripTrailing();
  }

  static String verdict(Capacity c) {
    String head = "maxLoad: " + plain(c.maxLoad()) + " " + c.variable()
        + (c.firstBreaking() == null ? " (the maximum " + plain(c.maximum()) + " held)"
            : "; broke at " + plain(c.firstBreaking()) + (c.limitedBy() == null ? "" : " (" + c.limitedBy() + ")"));
    String perUnit = "; per pod " + (c.perPod() == null ? "-" : c.perPod()) + ", per gateway "
        + (c.perGateway() == null ? "-" : c.perGateway());
    String required = c.required() == null ? "" : c.met() ? "; PASS: reaches required " + plain(c.required())
        : "; FAIL: below required " + plain(c.required());
    return head + perUnit + required;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
