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

  /** The wait for the class-data archive, before a local pod's process starts. */
  public static final String ARCHIVE_WAIT = "archive_wait_ms";

  /**
   * A local or docker run's phases from the scheduler's events, only when some pod waited for the
   * class-data archive: {@code archive_wait_ms} (those that waited) and {@code created_to_ready_ms}
   * (every pod that got ready); empty otherwise.
   */
  public static Map<String, SliStats> of(SchedulerEvents events) {
    Map<String, Long> waits = events.archiveWaits();
    if (waits.isEmpty()) {
      return Map.of();
    }
    Histogram archive = SliStats.histogram();
    waits.values().forEach(ms -> SliStats.record(archive, ms));
    Histogram ready = SliStats.histogram();
    events.podStarts().forEach(p -> SliStats.record(ready, p.millis()));
    Map<String, SliStats> stats = new LinkedHashMap<>();
    stats.put(ARCHIVE_WAIT, SliStats.of(archive));
    if (ready.getTotalCount() > 0) {
      stats.put(PodStartup.CREATED_TO_READY, SliStats.of(ready));
    }
    return stats;
  }

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
