package dev.gauntlet.trend;

import dev.gauntlet.report.junit.JUnitReport;
import dev.gauntlet.report.junit.Suite;
import dev.gauntlet.report.junit.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's junit.xml, in the form {@code gate} writes (docs/gate.md): a suite {@code gauntlet.trend} per
 * scenario with its newest run's provenance as properties, a test case per statistic (class
 * {@code gauntlet.trend.<scenario>}): a {@code <failure type="trend.regressed">} when the newest run
 * regressed, {@code <skipped>} when it could not be judged, its reading in {@code <system-out>} either way.
 */
public final class TrendJUnit {

  private TrendJUnit() {}

  public static String xml(List<GateVerdict> verdicts, String hostname) {
    Map<String, List<GateVerdict>> byScenario = new LinkedHashMap<>();
    verdicts.forEach(v -> byScenario.computeIfAbsent(v.scenario(), s -> new ArrayList<>()).add(v));
    List<Suite> suites = new ArrayList<>();
    String timestamp = null;
    for (var group : byScenario.entrySet()) {
      String classname = "gauntlet.trend." + group.getKey().replace('.', '_');
      List<TestCase> cases = group.getValue().stream().map(v -> testCase(v, classname)).toList();
      Run newest = group.getValue().get(0).newest();
      timestamp = JUnitReport.timestamp(newest.startedAt());
      suites.add(new Suite("gauntlet.trend", cases, properties(newest), String.join("\n",
          group.getValue().stream().map(TrendJUnit::message).toList()) + "\n"));
    }
    String scenarios = String.join(" ", byScenario.keySet());
    return JUnitReport.xml("gauntlet trend " + scenarios, suites, "0.000", byScenario.size() == 1 ? timestamp : null,
        hostname);
  }

  private static TestCase testCase(GateVerdict v, String classname) {
    String message = message(v);
    TestCase.Outcome outcome = switch (v.outcome()) {
      case REGRESSED -> TestCase.Outcome.failure("trend.regressed", message, GateTable.change(v) + "\n");
      case NOT_JUDGED -> TestCase.Outcome.skipped(message);
      case PASSED -> null;
    };
    return new TestCase(classname, v.statistic().label(), outcome, message);
  }

  /** e.g. "ttfr_ms p95 = 250.300 ms, median 180.100 ms of 20 runs since ..., threshold 9.005: regressed". */
  static String message(GateVerdict v) {
    Statistic s = v.statistic();
    String value = s.label() + " = " + TrendFormat.withUnit(s, v.value());
    if (v.reason() != null) {
      return value + ": not judged: " + v.reason();
    }
    return value + ", median " + TrendFormat.withUnit(s, v.median()) + " of " + v.baselineRuns() + " runs since "
        + v.since().runId() + " (spread " + TrendFormat.value(s, v.spread()) + ", threshold "
        + TrendFormat.value(s, v.threshold()) + "): " + v.outcome().label();
  }

  private static Map<String, Object> properties(Run newest) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("runId", newest.runId());
    props.put("scenario", newest.scenario());
    props.put("startedAt", newest.startedAt().toString());
    props.put("gitCommit", newest.gitCommit());
    props.put("scenarioSha256", newest.side().scenarioSha256());
    props.put("gauntletVersion", newest.side().gauntletVersion());
    return props;
  }
}
