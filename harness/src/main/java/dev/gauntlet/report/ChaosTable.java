package dev.gauntlet.report;

import dev.gauntlet.analysis.ExperimentVerdict;
import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.SliStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The table's chaos lines: pod cold starts, one line per fault, one per experiment (none without them). */
final class ChaosTable {

  private static final String FAULT_ROW = "%-16s %8s %-28s %8s %9s %5s %12s %11s";

  private ChaosTable() {}

  static List<String> lines(Summary s) {
    List<String> lines = new ArrayList<>();
    SliStats pods = s.coldStart().podsMillis();
    if (pods.count() > 0) {
      lines.add(String.format(Locale.ROOT, "%-14s %7d %10.3f %10.3f %10.3f %10.3f", "pod_start_ms", pods.count(),
          pods.p50(), pods.p95(), pods.p99(), pods.max()));
    }
    if (!s.faults().isEmpty()) {
      lines.add(String.format(Locale.ROOT, FAULT_ROW, "fault", "at_s", "targets", "affected", "recovered", "lost",
          "failover_p95", "recovery_ms"));
    }
    long start = s.startedAt() == null ? 0 : Instant.parse(s.startedAt()).toEpochMilli();
    for (Fault f : s.faults()) {
      lines.add(String.format(Locale.ROOT, FAULT_ROW, f.action() + (f.dryRun() ? " (dry)" : ""),
          String.format(Locale.ROOT, "%.1f", (f.at() - start) / 1000.0), targets(f.targets()), f.affectedSessions(),
          f.recovered(), f.lost(), String.format(Locale.ROOT, "%.3f", f.failoverMillis().p95()),
          f.recoveryMillis() == null ? "-" : f.recoveryMillis().toString()));
    }
    for (ExperimentVerdict x : s.experiments()) {
      lines.add(String.format(Locale.ROOT, "%-14s %s  %s%s", "experiment", x.name(), x.steadyState(),
          x.deviatedAt() == null ? "" : String.format(Locale.ROOT, " at %.1fs", (x.deviatedAt() - start) / 1000.0)));
    }
    return lines;
  }

  private static String targets(List<FaultTarget> targets) {
    return targets.isEmpty() ? "-" : targets.stream().map(t -> t.id() == null ? "?" : t.id())
        .collect(Collectors.joining(","));
  }
}
