package dev.gauntlet.trend;

import java.util.List;

/**
 * What {@code gauntlet trend} found: the history of each scenario, and what was left out.
 *
 * @param scenarios one history per scenario, by name
 * @param warnings runs left out (not completed, not summarized); empty when none
 */
public record Trend(List<ScenarioTrend> scenarios, List<String> warnings) {

  public Trend {
    scenarios = List.copyOf(scenarios);
    warnings = List.copyOf(warnings);
  }

  public List<ChangePoint> changePoints() {
    return scenarios.stream().flatMap(s -> s.changePoints().stream()).toList();
  }

  public int runs() {
    return scenarios.stream().mapToInt(s -> s.runs().size()).sum();
  }
}
