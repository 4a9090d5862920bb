package dev.gauntlet.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One side of a comparison: a summary.json as read, with what identifies its run.
 *
 * @param path the summary file or run directory as given on the command line
 * @param runId the summary's runId (null when absent)
 * @param scenario the scenario's name (null when absent)
 * @param status completed / aborted / error / interrupted (null when absent)
 * @param gitCommit provenance.gitCommit; null when unknown (an older summary, or no checkout)
 * @param scenarioSha256 provenance.scenarioSha256; null when unknown
 * @param gauntletVersion provenance.gauntletVersion; null when unknown
 * @param summary the whole summary, for the statistics
 */
public record RunSide(String path, String runId, String scenario, String status, String gitCommit,
    String scenarioSha256, String gauntletVersion, JsonNode summary) {

  static RunSide of(String path, JsonNode summary) {
    JsonNode provenance = summary.path("provenance");
    return new RunSide(path, text(summary, "runId"), text(summary, "scenario"), text(summary, "status"),
        text(provenance, "gitCommit"), text(provenance, "scenarioSha256"), text(provenance, "gauntletVersion"), summary);
  }

  /** The run id, else the path: how messages name this side. */
  public String name() {
    return runId != null ? runId : path;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
