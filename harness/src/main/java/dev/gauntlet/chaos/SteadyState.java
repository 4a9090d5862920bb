package dev.gauntlet.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates probes over the journal's last window (first_render, rerun, session_lost lines). */
public final class SteadyState {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SteadyState() {}

  /** One probe's outcome: {@code value} is null when the window had no data (which holds). */
  public record Reading(String name, Double value, boolean held) {
    public Map<String, Object> journalFields() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("value", value);
      m.put("held", held);
      return m;
    }
  }

  public static List<Reading> check(List<Probe> probes, Path journal, long nowMillis) {
    List<JsonNode> lines = read(journal);
    List<Reading> readings = new ArrayList<>();
    for (Probe p : probes) {
      long since = nowMillis - p.window().toMillis();
      List<JsonNode> window = lines.stream().filter(l -> l.path("t").asLong() >= since).toList();
      Double value = value(p.probe(), window);
      readings.add(new Reading(p.name(), value, p.holds(value)));
    }
    return readings;
  }

  static Double value(String probe, List<JsonNode> window) {
    return switch (probe) {
      case "ttfr_p95_ms" -> p95(window, "first_render", "ttfrMs");
      case "rerun_p95_ms" -> p95(window, "rerun", "rerunMs");
      case "interaction_success_pct" -> {
        List<JsonNode> all = window.stream().filter(l -> isType(l, "first_render") || isType(l, "rerun")).toList();
        long ok = all.stream().filter(l -> l.path("ok").asBoolean()).count();
        yield all.isEmpty() ? null : 100.0 * ok / all.size();
      }
      default -> (double) window.stream().filter(l -> isType(l, "session_lost")).count();
    };
  }

  private static Double p95(List<JsonNode> window, String type, String field) {
    double[] values = window.stream().filter(l -> isType(l, type) && l.path("ok").asBoolean())
        .mapToDouble(l -> l.path(field).asDouble()).sorted().toArray();
    if (values.length == 0) {
      return null;
    }
    return values[(int) Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
  }

  private static boolean isType(JsonNode line, String type) {
    return type.equals(line.path("type").asText());
  }

  private static List<JsonNode> read(Path journal) {
    List<JsonNode> lines = new ArrayList<>();
    if (journal == null || !Files.isRegularFile(journal)) {
      return lines;
    }
    try {
      for (String text : Files.readAllLines(journal)) {
        try {
          lines.add(JSON.readTree(text));
        } catch (IOException torn) {
          // a line being written as we read: the next check sees it whole
        }
      }
    } catch (IOException e) {
      return lines;
    }
    return lines;
  }
}
