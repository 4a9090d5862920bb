package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gauntlet.measure.SliStats;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Cold start as the run saw it: {@code created -> ready} of every pod in events.json, and time to
 * first render by cold and warm placement (the same numbers as the SLIs of those names).
 *
 * @param phasesMillis on Kubernetes, each pod start-up phase's duration ({@link PodStartupPhases});
 *     empty (and not written) for other kinds
 */
@JsonPropertyOrder({"pods_ms", "ttfr_cold_ms", "ttfr_warm_ms", "phases"})
public record ColdStart(@JsonProperty("pods_ms") SliStats podsMillis,
    @JsonProperty("ttfr_cold_ms") SliStats ttfrColdMillis, @JsonProperty("ttfr_warm_ms") SliStats ttfrWarmMillis,
    @JsonProperty("phases") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, SliStats> phasesMillis) {

  public ColdStart {
    phasesMillis = phasesMillis == null ? Map.of() : phasesMillis;
  }

  /** Without start-up phases (every kind but kubernetes). */
  public ColdStart(SliStats podsMillis, SliStats ttfrColdMillis, SliStats ttfrWarmMillis) {
    this(podsMillis, ttfrColdMillis, ttfrWarmMillis, Map.of());
  }

  /** The same figures with the pods' start-up phases. */
  public ColdStart withPhases(Map<String, SliStats> phases) {
    return new ColdStart(podsMillis, ttfrColdMillis, ttfrWarmMillis, phases);
  }

  /** created -> ready per pod: the first {@code ready} after a pod's {@code created}. */
  static SliStats podsMillis(SchedulerEvents events) {
    Histogram h = SliStats.histogram();
    events.podStarts().forEach(start -> SliStats.record(h, start.millis()));
    return SliStats.of(h);
  }
}
