package dev.gauntlet.trend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code gauntlet trend --json} (schema {@code gauntlet.trend/v1}, docs/trend.md). */
public final class TrendJson {

  public static final String SCHEMA = "gauntlet.trend/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TrendJson() {}

  /**
   * @param gate the gate's verdicts; null without --gate
   * @param html where trend.html was written
   */
  public static String render(Trend trend, List<GateVerdict> gate, Path html) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("html", html.toString());
    ArrayNode runs = root.putArray("runs");
    ArrayNode provenance = root.putArray("provenanceChanges");
    ArrayNode series = root.putArray("series");
    for (ScenarioTrend s : trend.scenarios()) {
      for (Run r : s.runs()) {
        ObjectNode run = runs.addObject();
        run.put("scenario", s.scenario());
        run.put("runId", r.runId());
        run.put("path", r.dir().toString());
        run.put("startedAt", r.startedAt().toString());
        run.put("gitCommit", r.gitCommit());
        run.put("scenarioSha256", r.side().scenarioSha256());
        run.put("gauntletVersion", r.side().gauntletVersion());
      }
      for (ProvenanceChange p : s.provenanceChanges()) {
        provenance.addObject().put("scenario", s.scenario()).put("runId", p.run().runId()).put("field", p.field())
            .put("before", p.before()).put("after", p.after());
      }
      s.series().forEach(t -> series.add(series(t)));
    }
    ArrayNode changes = root.putArray("changePoints");
    for (ChangePoint c : trend.changePoints()) {
      changes.addObject().put("scenario", c.run().scenario()).put("sli", c.statistic().sli())
          .put("stat", c.statistic().stat()).put("runId", c.run().runId()).put("gitCommit", c.gitCommit())
          .put("direction", c.direction().label()).put("before", round(c.before())).put("after", round(c.after()))
          .put("change", round(c.changePercent())).put("pValue", round(c.pValue()));
    }
    if (gate == null) {
      root.putNull("gate");
    } else {
      ObjectNode g = root.putObject("gate");
      g.put("regressed", TrendGate.regressed(gate));
      ArrayNode verdicts = g.putArray("verdicts");
      gate.forEach(v -> verdicts.add(verdict(v)));
    }
    ArrayNode warnings = root.putArray("warnings");
    trend.warnings().forEach(warnings::add);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode series(SeriesTrend t) {
    Series s = t.series();
    ObjectNode node = JSON.createObjectNode().put("scenario", s.scenario()).put("sli", s.statistic().sli())
        .put("stat", s.statistic().stat()).put("unit", s.statistic().unit()).put("worse", s.statistic().worse().label());
    ArrayNode points = node.putArray("points");
    for (Series.Point p : s.points()) {
      points.addObject().put("runId", p.run().runId()).put("gitCommit", p.run().gitCommit())
          .put("startedAt", p.run().startedAt().toString()).put("value", round(p.value()));
    }
    ArrayNode segments = node.putArray("segments");
    for (Segment g : t.segments()) {
      segments.addObject().put("fromRunId", s.points().get(g.from()).run().runId())
          .put("toRunId", s.points().get(g.to() - 1).run().runId()).put("runs", g.size()).put("median", round(g.median()));
    }
    return node;
  }

  private static ObjectNode verdict(GateVerdict v) {
    return JSON.createObjectNode().put("scenario", v.scenario()).put("sli", v.statistic().sli())
        .put("stat", v.statistic().stat()).put("runId", v.newest().runId()).put("value", round(v.value()))
        .put("median", round(v.median())).put("spread", round(v.spread())).put("threshold", round(v.threshold()))
        .put("change", round(v.changePercent())).put("baselineRuns", v.baselineRuns())
        .put("since", v.since() == null ? null : v.since().runId()).put("verdict", v.outcome().label())
        .put("reason", v.reason());
  }

  /** 3 decimals, like summary.json. */
  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000) / 1000.0;
  }
}
