package dev.gauntlet.trend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.compare.RunSide;
import dev.gauntlet.measure.Sli;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statistic one run's summary.json (and capacity.json) gives, read as compare reads them: p50, p95
 * and p99 of each SLI in {@code sli} and of {@code coldStart.pods_ms} (pod_start_ms), interaction_success,
 * sessions lost and failed, and a capacity search's maxLoad and USL fit. A latency without samples, and a
 * fit with a note, give no value (the night is missing from that series, not zero).
 */
final class Readings {

  static final List<String> PERCENTILES = List.of("p50", "p95", "p99");

  private Readings() {}

  /** The run's statistics and their values, in summary order. */
  static Map<Statistic, Double> of(RunSide run) {
    Map<Statistic, Double> values = new LinkedHashMap<>();
    JsonNode summary = run.summary();
    for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("sli").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> sli = it.next();
      latency(values, sli.getKey(), sli.getValue());
    }
    latency(values, Sli.POD_START.key(), summary.path("coldStart").path("pods_ms"));
    put(values, Statistic.of(Sli.INTERACTION_SUCCESS.key(), "ratio"), run.successPercent());
    put(values, Statistic.of(Sli.LOST_SESSIONS.key(), "count"), number(summary.path("sessions").path("lost")));
    put(values, Statistic.of(Sli.FAILED_SESSIONS.key(), "count"), number(summary.path("sessions").path("failed")));
    run.capacity().ifPresent(c -> capacity(values, c));
    return values;
  }

  private static void latency(Map<Statistic, Double> values, String sli, JsonNode stats) {
    if (!stats.isObject() || !(stats.path("count").asLong(0) > 0)) {
      return;
    }
    for (String stat : PERCENTILES) {
      put(values, Statistic.of(sli, stat), number(stats.path(stat)));
    }
  }

  private static void capacity(Map<Statistic, Double> values, Capacity c) {
    values.put(new Statistic("capacity", "maxLoad", c.variable(), Worse.LOWER), c.maxLoad());
    Capacity.Usl fit = c.usl();
    if (fit.note() == null) {
      put(values, new Statistic("capacity", "usl.peak", c.variable(), Worse.LOWER), fit.peak());
      put(values, new Statistic("capacity", "usl.sigma", "", Worse.HIGHER), fit.sigma());
      put(values, new Statistic("capacity", "usl.kappa", "", Worse.HIGHER), fit.kappa());
    }
  }

  private static void put(Map<Statistic, Double> values, Statistic statistic, Double value) {
    if (value != null && Double.isFinite(value)) {
      values.put(statistic, value);
    }
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }
}
