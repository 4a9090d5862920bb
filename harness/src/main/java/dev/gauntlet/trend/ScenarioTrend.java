package dev.gauntlet.trend;

import java.util.List;

/**
 * The history of one scenario.
 *
 * @param scenario its name
 * @param runs its runs, oldest first
 * @param provenanceChanges where its scenario hash or Gauntlet version changed
 * @param series every statistic some run has, with its change points
 */
public record ScenarioTrend(String scenario, List<Run> runs, List<ProvenanceChange> provenanceChanges,
    List<SeriesTrend> series) {

  public ScenarioTrend {
    runs = List.copyOf(runs);
    provenanceChanges = List.copyOf(provenanceChanges);
    series = List.copyOf(series);
  }

  public List<ChangePoint> changePoints() {
    return series.stream().flatMap(s -> s.changePoints().stream()).toList();
  }

  public Run newest() {
    return runs.get(runs.size() - 1);
  }
}
