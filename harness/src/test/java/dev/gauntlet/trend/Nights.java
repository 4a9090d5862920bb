package dev.gauntlet.trend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.TestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Synthetic nightly runs: run directories under a root whose summary.json is {@code trend/night.json} (the
 * schema of docs/summary.md) with each night's id, start, commit and every statistic moved by a little noise.
 */
final class Nights {

  static final Instant FIRST = Instant.parse("2026-11-01T01:00:00Z");
  private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path root;
  private final SplittableRandom rng;

  Nights(Path root, long seed) {
    this.root = root;
    this.rng = new SplittableRandom(seed);
  }

  static String runId(int night) {
    return ID.format(FIRST.plus(Duration.ofDays(night))) + "-nightly-" + String.format(Locale.ROOT, "%04x", night);
  }

  static String commit(int night) {
    return String.format(Locale.ROOT, "%08x", 0xc0ffee00 + night).repeat(5);
  }

  /** Night {@code night}'s run directory: noise of 2% on every latency, then {@code edit}. */
  Path night(int night, Consumer<ObjectNode> edit) {
    try {
      ObjectNode summary = (ObjectNode) JSON.readTree(TestResources.path("trend/night.json").toFile());
      Instant start = FIRST.plus(Duration.ofDays(night));
      summary.put("runId", runId(night)).put("startedAt", start.toString())
          .put("endedAt", start.plus(Duration.ofMinutes(20)).toString());
      ((ObjectNode) summary.get("provenance")).put("gitCommit", commit(night));
      for (Iterator<Map.Entry<String, JsonNode>> it = summary.get("sli").fields(); it.hasNext(); ) {
        jitter((ObjectNode) it.next().getValue());
      }
      jitter((ObjectNode) summary.get("coldStart").get("pods_ms"));
      ((ObjectNode) summary.get("interactions")).put("failed", 45 + rng.nextInt(11));
      ((ObjectNode) summary.get("sessions")).put("lost", rng.nextInt(2)).put("failed", rng.nextInt(2));
      edit.accept(summary);
      Path dir = Files.createDirectories(root.resolve(runId(night)));
      JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summary);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path night(int night) {
    return night(night, s -> { });
  }

  /** Sets an SLI's statistic, e.g. {@code set(summary, "ttfr_ms", "p95", 250.0)}. */
  static void set(ObjectNode summary, String sli, String stat, double value) {
    ((ObjectNode) summary.get("sli").get(sli)).put(stat, value);
  }

  static double stat(ObjectNode summary, String sli, String stat) {
    return summary.get("sli").get(sli).get(stat).asDouble();
  }

  private void jitter(ObjectNode stats) {
    if (stats.get("count").asLong() == 0) {
      return;
    }
    for (String stat : new String[] {"p50", "p95", "p99", "max"}) {
      double v = stats.get(stat).asDouble() * (1 + 0.02 * rng.nextGaussian());
      stats.put(stat, Math.round(v * 1000) / 1000.0);
    }
  }
}
