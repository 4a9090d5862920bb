package dev.gauntlet.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metrics/resources.jsonl}: each component's CPU seconds so far and memory, a line a second
 * while the run was on (docs/observability.md). What the report's resource charts draw.
 */
public final class ResourceSamples {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One component at one instant.
   *
   * @param component {@code harness}, {@code gateway}, {@code scheduler} or {@code runtime}
   * @param id its name ({@code gateway-1}) or pod id
   * @param cpuSeconds CPU time used since it started (user + system); NaN when unknown
   * @param rssBytes resident memory (a container's: its cgroup's usage); -1 when unknown
   */
  public record Sample(long t, String component, String id, double cpuSeconds, long rssBytes) {}

  private ResourceSamples() {}

  /** The samples of {@code runDir}'s metrics/resources.jsonl in file order; empty when absent. A torn line is skipped. */
  public static List<Sample> read(Path runDir) {
    Path file = runDir.resolve(RunFiles.METRICS).resolve(RunFiles.RESOURCES);
    List<Sample> samples = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return samples;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      return samples; // the report draws what it has: no resource charts
    }
    for (String line : lines) {
      try {
        JsonNode n = JSON.readTree(line);
        samples.add(new Sample(n.path("t").asLong(), n.path("component").asText(), n.path("id").asText(),
            n.has("cpuSeconds") ? n.path("cpuSeconds").asDouble() : Double.NaN,
            n.has("rssBytes") ? n.path("rssBytes").asLong() : -1));
      } catch (IOException | RuntimeException e) {
        // a line cut short by a killed run
      }
    }
    return samples;
  }
}
