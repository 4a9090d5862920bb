package dev.gauntlet.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** A comparison as {@code compare --json} prints it (schema {@code gauntlet.compare/v1}, docs/compare.md). */
public final class CompareJson {

  public static final String SCHEMA = "gauntlet.compare/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CompareJson() {}

  public static String render(Comparison c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("regressed", c.regressed());
    root.set("baseline", side(c.baseline()));
    root.set("current", side(c.current()));
    ObjectNode noise = root.putObject("noise");
    noise.put("relativePercent", c.floor().relativePercent());
    noise.put("absolute_ms", c.floor().absoluteMillis());
    noise.put("successPoints", c.floor().successPoints());
    noise.put("minCount", c.floor().minCount());
    noise.put("minTail", c.floor().minTail());
    ObjectNode counts = root.putObject("counts");
    counts.put("improved", c.count(Verdict.IMPROVED));
    counts.put("regressed", c.count(Verdict.REGRESSED));
    counts.put("withinNoise", c.count(Verdict.WITHIN_NOISE));
    counts.put("noData", c.count(Verdict.NO_DATA));
    ArrayNode regressions = root.putArray("regressions");
    c.regressions().forEach(r -> regressions.add(r.label()));
    ArrayNode rows = root.putArray("rows");
    for (Row r : c.rows()) {
      ObjectNode row = rows.addObject();
      row.put("sli", r.sli());
      row.put("stat", r.stat());
      row.put("unit", r.unit());
      row.put("baseline", round(r.baseline()));
      row.put("current", round(r.current()));
      row.put("delta", round(r.delta()));
      row.put("deltaPercent", round(r.deltaPercent()));
      row.put("baselineSamples", r.baselineSamples());
      row.put("currentSamples", r.currentSamples());
      row.put("verdict", r.verdict().label());
      row.put("reason", r.reason());
    }
    ArrayNode warnings = root.putArray("warnings");
    c.warnings().forEach(warnings::add);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode side(RunSide s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("path", s.path());
    node.put("runId", s.runId());
    node.put("scenario", s.scenario());
    node.put("status", s.status());
    ObjectNode provenance = node.putObject("provenance");
    provenance.put("gitCommit", s.gitCommit());
    provenance.put("scenarioSha256", s.scenarioSha256());
    provenance.put("gauntletVersion", s.gauntletVersion());
    return node;
  }

  /** 3 decimals, like summary.json. */
  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000) / 1000.0;
  }
}
