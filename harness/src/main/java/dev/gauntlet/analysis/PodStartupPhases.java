package dev.gauntlet.analysis;

import dev.gauntlet.measure.SliStats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Pod start-up phases over many pods: per phase, count, p50, p95, p99 and max in milliseconds. */
public final class PodStartupPhases {

  private static final List<String> ORDER = List.of(PodStartup.SCHEDULED, PodStartup.INITIALIZED,
      PodStartup.CONTAINERS_READY, PodStartup.READY, PodStartup.CREATED_TO_READY);

  private PodStartupPhases() {}

  /** Phases in start-up order; a phase no pod reached is left out. Pods not ready are not counted. */
  public static Map<String, SliStats> of(List<PodStartup> startups) {
    Map<String, Histogram> histograms = new LinkedHashMap<>();
    ORDER.forEach(p -> histograms.put(p, SliStats.histogram()));
    for (PodStartup startup : startups) {
      if (!startup.isReady()) {
        continue;
      }
      for (Map.Entry<String, Duration> phase : startup.phases().entrySet()) {
        SliStats.record(histograms.get(phase.getKey()), phase.getValue().toNanos() / 1e6);
      }
    }
    Map<String, SliStats> stats = new LinkedHashMap<>();
    histograms.forEach((phase, h) -> {
      if (h.getTotalCount() > 0) {
        stats.put(phase, SliStats.of(h));
      }
    });
    return stats;
  }
}
