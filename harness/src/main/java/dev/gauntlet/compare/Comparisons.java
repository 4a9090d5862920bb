package dev.gauntlet.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link Comparison}: the rows of every SLI statistic both summaries may carry, each judged. */
public final class Comparisons {

  public static final List<String> DEFAULT_STATS = List.of("p50", "p95", "p99");

  private Comparisons() {}

  /**
   * @param stats the statistics of each latency SLI to compare, e.g. p50, p95, p99, max
   * @throws CompareException when the runs ran different scenarios and {@code allowScenarioChange} is false
   */
  public static Comparison of(RunSide baseline, RunSide current, NoiseFloor floor, List<String> stats,
      boolean allowScenarioChange) {
    List<String> warnings = LikeForLike.check(baseline, current, allowScenarioChange);
    List<Row> rows = new ArrayList<>();
    JsonNode b = baseline.summary();
    JsonNode c = current.summary();
    for (String sli : sliNames(b, c)) {
      latencyRows(rows, sli, b.path("sli").path(sli), c.path("sli").path(sli), stats, floor);
    }
    latencyRows(rows, "pod_start_ms", b.path("coldStart").path("pods_ms"), c.path("coldStart").path("pods_ms"), stats,
        floor);
    Long bEvents = baseline.interactions();
    Long cEvents = current.interactions();
    Double bSuccess = baseline.successPercent();
    Double cSuccess = current.successPercent();
    rows.add(new Row("interaction_success", "ratio", "percent", bSuccess, cSuccess, bEvents, cEvents,
        Judge.success(bSuccess, cSuccess, bEvents, cEvents, floor)));
    Double bLost = number(b.path("sessions").path("lost"));
    Double cLost = number(c.path("sessions").path("lost"));
    rows.add(new Row("sessions.lost", "count", "count", bLost, cLost, whole(b.path("sessions").path("started")),
        whole(c.path("sessions").path("started")), Judge.lost(bLost, cLost)));
    var bCapacity = baseline.capacity();
    var cCapacity = current.capacity();
    if (bCapacity.isPresent() && cCapacity.isPresent()) {
      rows.addAll(CapacityRows.rows(bCapacity.get(), cCapacity.get(), floor));
    } else if (bCapacity.isPresent() != cCapacity.isPresent()) {
      warnings = new ArrayList<>(warnings);
      warnings.add("only " + (bCapacity.isPresent() ? "the baseline" : "the current run") + " is a capacity search: "
          + "its capacity.json is not compared");
    }
    return new Comparison(baseline, current, floor, rows, warnings);
  }

  private static void latencyRows(List<Row> rows, String sli, JsonNode b, JsonNode c, List<String> stats, NoiseFloor floor) {
    Long bCount = whole(b.path("count"));
    Long cCount = whole(c.path("count"));
    for (String stat : stats) {
      Double bValue = number(b.path(stat));
      Double cValue = number(c.path(stat));
      rows.add(new Row(sli, stat, "ms", bValue, cValue, bCount, cCount,
          Judge.latency(stat, bValue, cValue, bCount, cCount, floor)));
    }
  }

  /** The baseline's SLIs in its order, then any only the current run has (a newer Gauntlet's). */
  private static Set<String> sliNames(JsonNode b, JsonNode c) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode summary : List.of(b, c)) {
      for (Iterator<String> it = summary.path("sli").fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (summary.path("sli").path(name).isObject()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }

  private static Long whole(JsonNode node) {
    return node.isNumber() ? node.asLong() : null;
  }
}
