package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a {@link Trend}: runs grouped by scenario, each statistic's series, its change points. */
public final class Trends {

  private Trends() {}

  /**
   * @param runs completed runs in start order ({@link RunFinder#find})
   * @param scenario the one scenario to analyse, or null for each one present
   * @throws TrendException when there are no runs, or none of {@code scenario}
   */
  public static Trend of(List<Run> runs, String scenario, EDivisive detector, List<String> warnings) {
    Map<String, List<Run>> groups = new TreeMap<>();
    runs.forEach(r -> groups.computeIfAbsent(r.scenario(), s -> new ArrayList<>()).add(r));
    if (groups.isEmpty()) {
      throw new TrendException("no completed run among those given" + (warnings.isEmpty() ? "" : " (" + String.join("; ",
          warnings) + ")") + ": pass the run directories of completed runs");
    }
    if (scenario != null && !groups.containsKey(scenario)) {
      throw new TrendException("no run of scenario '" + scenario + "' among the " + runs.size() + " runs given (their "
          + "scenarios: " + String.join(", ", groups.keySet()) + "): pass one of those to --scenario, or leave --scenario "
          + "out to analyse each");
    }
    List<ScenarioTrend> scenarios = new ArrayList<>();
    groups.forEach((name, group) -> {
      if (scenario == null || scenario.equals(name)) {
        scenarios.add(new ScenarioTrend(name, group, ProvenanceChange.along(group), series(name, group, detector)));
      }
    });
    return new Trend(scenarios, warnings);
  }

  /** Every statistic any of the runs has, in the order first met; each run with a value is a point. */
  static List<SeriesTrend> series(String scenario, List<Run> runs, EDivisive detector) {
    Map<Statistic, List<Series.Point>> points = new LinkedHashMap<>();
    for (Run run : runs) {
      Readings.of(run.side()).forEach((statistic, value) ->
          points.computeIfAbsent(statistic, s -> new ArrayList<>()).add(new Series.Point(run, value)));
    }
    List<SeriesTrend> series = new ArrayList<>();
    points.forEach((statistic, list) -> series.add(SeriesTrend.of(new Series(scenario, statistic, list), detector)));
    return series;
  }
}
