package dev.gauntlet.report.junit;

import dev.gauntlet.analysis.ExperimentVerdict;
import dev.gauntlet.analysis.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A test case per chaos experiment: failed when its steady state deviated; its faults in the message. */
final class ChaosCases {

  private ChaosCases() {}

  static List<TestCase> of(List<ExperimentVerdict> experiments, List<Fault> faults, long startMillis, String classname) {
    List<TestCase> cases = new ArrayList<>();
    for (ExperimentVerdict x : experiments) {
      List<String> parts = new ArrayList<>();
      parts.add("steady state " + x.steadyState() + (x.deviatedAt() == null ? ""
          : String.format(Locale.ROOT, " at %.1fs", (x.deviatedAt() - startMillis) / 1000.0)));
      faults.stream().filter(f -> x.name().equals(f.experiment())).forEach(f -> parts.add(fault(f, startMillis)));
      String message = String.join("; ", parts);
      boolean held = "held".equals(x.steadyState());
      cases.add(new TestCase(classname, x.name(), held ? null
          : TestCase.Outcome.failure("chaos.deviated", message, String.join("\n", parts) + "\n"), message));
    }
    return cases;
  }

  private static String fault(Fault f, long startMillis) {
    return String.format(Locale.ROOT, "%s%s at %.1fs: %d affected, %d recovered, %d lost, failover p95 %.3f ms%s",
        f.action(), f.dryRun() ? " (dry run)" : "", (f.at() - startMillis) / 1000.0, f.affectedSessions(), f.recovered(),
        f.lost(), f.failoverMillis() == null ? 0 : f.failoverMillis().p95(), f.recoveryMillis() == null ? "" : ", recovery " + f.recoveryMillis() + " ms");
  }
}
