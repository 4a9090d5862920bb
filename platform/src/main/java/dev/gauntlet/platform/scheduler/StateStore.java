package dev.gauntlet.platform.scheduler;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.platform.common.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The state directory: {@code pods/<id>.json} (atomic rewrites), {@code placements.jsonl} and
 * {@code events.jsonl} (append-only). Writes go through one ordered executor, off the event loop.
 */
final class StateStore {

  static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;
  private final Path pods;
  private final Executor writer;

  StateStore(Path dir, Executor writer) {
    this.dir = dir;
    this.pods = dir.resolve("pods");
    this.writer = writer;
    try {
      Files.createDirectories(pods);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create state dir " + pods, e);
    }
  }

  void writePod(PodRecord record) {
    writer.execute(() -> {
      Path target = pods.resolve(record.id() + ".json");
      Path tmp = pods.resolve(record.id() + ".json.tmp");
      try {
        Files.write(tmp, JSON.writeValueAsBytes(record));
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        ServiceProcess.log("scheduler", "cannot write " + target + ": " + e);
      }
    });
  }

  void deletePod(String id) {
    writer.execute(() -> {
      try {
        Files.deleteIfExists(pods.resolve(id + ".json"));
        Files.deleteIfExists(pods.resolve(id + ".port"));
      } catch (IOException e) {
        ServiceProcess.log("scheduler", "cannot delete pod file of " + id + ": " + e);
      }
    });
  }

  void appendEvent(Event event) {
    append("events.jsonl", JSON.valueToTree(event));
  }

  /** {@code place} (the whole placement, also for updates) or {@code drop} (its session id). */
  void appendPlacement(String op, Placement p) {
    ObjectNode line = JSON.createObjectNode().put("op", op);
    line.set("placement", JSON.valueToTree(p));
    append("placements.jsonl", line);
  }

  private void append(String file, JsonNode line) {
    writer.execute(() -> {
      try {
        Files.write(dir.resolve(file), (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        ServiceProcess.log("scheduler", "cannot append to " + dir.resolve(file) + ": " + e);
      }
    });
  }

  List<PodRecord> readPods() throws IOException {
    List<PodRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(pods)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        try {
          out.add(JSON.readValue(f.toFile(), PodRecord.class));
        } catch (IOException e) {
          ServiceProcess.log("scheduler", "skipping unreadable pod file " + f + ": " + e.getMessage());
        }
      }
    }
    return out;
  }

  List<Event> readEvents() throws IOException {
    List<Event> out = new ArrayList<>();
    for (JsonNode line : lines("events.jsonl")) {
      out.add(JSON.treeToValue(line, Event.class));
    }
    return out;
  }

  /** Replays placements.jsonl into the placements alive at its end. */
  Placements readPlacements() throws IOException {
    Placements live = new Placements();
    for (JsonNode line : lines("placements.jsonl")) {
      Placement p = JSON.treeToValue(line.get("placement"), Placement.class);
      if ("drop".equals(line.path("op").asText())) {
        live.remove(p.sessionId());
      } else {
        live.put(p);
      }
    }
    return live;
  }

  /** Compacts placements.jsonl to the live placements (on start, before anything is appended). */
  void rewritePlacements(Iterable<Placement> live) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Placement p : live) {
      ObjectNode line = JSON.createObjectNode().put("op", "place");
      line.set("placement", JSON.valueToTree(p));
      text.append(JSON.writeValueAsString(line)).append('\n');
    }
    Path tmp = dir.resolve("placements.jsonl.tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve("placements.jsonl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Lines of a log; a torn last line (a SIGKILL mid-write) is skipped. */
  private List<JsonNode> lines(String file) throws IOException {
    Path path = dir.resolve(file);
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(path)) {
      return out;
    }
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        ServiceProcess.log("scheduler", "skipping torn line in " + path + ": " + e.getMessage());
      }
    }
    return out;
  }

  Path podsDir() {
    return pods;
  }
}
