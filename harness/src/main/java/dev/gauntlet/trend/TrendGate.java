package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code gauntlet trend --gate}: the newest run of each scenario against its last stable segment. A change
 * point needs {@code minSegment} runs after it, so it is never seen at the newest run: instead the runs
 * before the newest are cut at their change points (E-Divisive, as for the table), and the newest run is
 * judged by the {@link GateRule} against the runs since the last one.
 */
public final class TrendGate {

  private TrendGate() {}

  /** One verdict per statistic of each scenario. */
  public static List<GateVerdict> judge(Trend trend, EDivisive detector, GateRule rule) {
    List<GateVerdict> verdicts = new ArrayList<>();
    for (ScenarioTrend scenario : trend.scenarios()) {
      for (SeriesTrend s : scenario.series()) {
        verdicts.add(judge(s.series(), scenario.newest(), detector, rule));
      }
    }
    return verdicts;
  }

  static GateVerdict judge(Series series, Run newest, EDivisive detector, GateRule rule) {
    List<Series.Point> points = series.points();
    Statistic statistic = series.statistic();
    Series.Point last = points.get(points.size() - 1);
    if (last.run() != newest) {
      return GateVerdict.notJudged(series.scenario(), statistic, newest, null, "no value in the newest run");
    }
    List<Series.Point> history = points.subList(0, points.size() - 1);
    if (history.size() < detector.minSegment()) {
      return GateVerdict.notJudged(series.scenario(), statistic, newest, last.value(), "only " + history.size()
          + " earlier " + (history.size() == 1 ? "run has" : "runs have") + " a value: the gate needs "
          + detector.minSegment());
    }
    Series before = new Series(series.scenario(), statistic, history);
    Segment stable = SeriesTrend.of(before, detector).lastSegment();
    double[] baseline = before.values();
    return rule.judge(series.scenario(), statistic, newest, last.value(), history.get(stable.from()).run(),
        Arrays.copyOfRange(baseline, stable.from(), stable.to()));
  }

  public static boolean regressed(List<GateVerdict> verdicts) {
    return verdicts.stream().anyMatch(GateVerdict::regressed);
  }
}
