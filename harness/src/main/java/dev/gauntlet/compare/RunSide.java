package dev.gauntlet.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.analysis.Capacity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

  /** The run's capacity.json, when its run directory (or the summary's folder) has one (docs/capacity.md). */
  public Optional<Capacity> capacity() {
    Path given = Path.of(path);
    Path file = (Files.isDirectory(given) ? given : given.toAbsolutePath().getParent()).resolve(Capacity.FILE);
    return Files.isRegularFile(file) ? Optional.of(Capacity.read(file)) : Optional.empty();
  }

  /** ok + failed interactions; null when the summary lacks either. */
  public Long interactions() {
    JsonNode ok = summary.path("interactions").path("ok");
    JsonNode failed = summary.path("interactions").path("failed");
    return ok.isNumber() && failed.isNumber() ? ok.asLong() + failed.asLong() : null;
  }

  /** interaction_success: ok / (ok + failed) in percent, 3 decimals like summary.json's ratios; null without interactions. */
  public Double successPercent() {
    Long events = interactions();
    if (events == null || events == 0) {
      return null;
    }
    double ok = summary.path("interactions").path("ok").asDouble();
    return Math.round(ok / events * 100 * 1000) / 1000.0;
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
