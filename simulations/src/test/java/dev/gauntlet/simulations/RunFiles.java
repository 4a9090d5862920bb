package dev.gauntlet.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.load.Plan;
import dev.gauntlet.scenario.LoadModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Plans for the ITs and the journal they leave, read back. */
final class RunFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunFiles() {}

  static Path home() {
    return Path.of(System.getProperty("gauntlet.home", "..")).toAbsolutePath().normalize();
  }

  /** A closed-model plan on the dash app: {@code users} users, short think times. */
  static Plan dashPlan(Path runDir, String runId, List<String> entryPoints, String appPath,
      int users, int interactions, long holdMillis, long thinkMaxMillis) {
    return new Plan(runId, "it", 42, runDir.toString(), LoadModel.CLOSED, users, 0, 0, holdMillis, 0,
        interactions, new Plan.ThinkTime("uniform", thinkMaxMillis / 2, thinkMaxMillis, 0),
        10_000, 15_000, entryPoints,
        List.of(new Plan.App("dash", appPath, 1.0, List.of(
            new Plan.Widget("n", "slider", List.of(10, 42, 77)),
            new Plan.Widget("go", "button", List.of())))));
  }

  static Path write(Plan plan) {
    Path file = Path.of(plan.runDir()).resolve("plan.json");
    plan.write(file);
    return file;
  }

  static List<JsonNode> journal(Path runDir) {
    try {
      // a line being written right now may be partial: skipped, the next read will have it
      return Files.readAllLines(runDir.resolve("journal.jsonl")).stream().map(RunFiles::parse)
          .filter(l -> l != null).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> ofType(List<JsonNode> lines, String type) {
    return lines.stream().filter(l -> l.path("type").asText().equals(type)).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }
}
