package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gauntlet.measure.SliStats;
import org.HdrHistogram.Histogram;

/**
 * Cold start as the run saw it: {@code created -> ready} of every pod in events.json, and time to
 * first render by cold and warm placement (the same numbers as the SLIs of those names).
 */
@JsonPropertyOrder({"pods_ms", "ttfr_cold_ms", "ttfr_warm_ms"})
public record ColdStart(@JsonProperty("pods_ms") SliStats podsMillis,
    @JsonProperty("ttfr_cold_ms") SliStats ttfrColdMillis, @JsonProperty("ttfr_warm_ms") SliStats ttfrWarmMillis) {

  /** created -> ready per pod: the first {@code ready} after a pod's {@code created}. */
  static SliStats podsMillis(SchedulerEvents events) {
    Histogram h = SliStats.histogram();
    events.podStarts().forEach(start -> SliStats.record(h, start.millis()));
    return SliStats.of(h);
  }
}
