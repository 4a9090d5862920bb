package dev.gauntlet.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler's placements from a {@code placements.json} snapshot (its {@code GET /v1/placements}
 * items): cold or warm per runtime session (the TTFR split) and which pod each session was on
 * (the per-fault join).
 */
public final class Placements {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One placement: a gateway session put on a pod, as a runtime session, at {@code placedAt}. */
  public record Placement(String sessionId, String app, String podId, String runtimeSessionId, long placedAt, boolean cold) {}

  private final List<Placement> all;
  private final Map<String, Boolean> coldByRuntimeSession;

  private Placements(List<Placement> all) {
    this.all = List.copyOf(all);
    Map<String, Boolean> cold = new HashMap<>();
    for (Placement p : all) {
      if (!p.runtimeSessionId().isEmpty()) {
        cold.put(p.runtimeSessionId(), p.cold());
      }
    }
    this.coldByRuntimeSession = Map.copyOf(cold);
  }

  public static Placements none() {
    return new Placements(List.of());
  }

  /** The file's placements, or none when it does not exist (an external target). */
  public static Placements read(Path file) {
    if (!Files.isRegularFile(file)) {
      return none();
    }
    try {
      return of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the placements snapshot " + file, e);
    }
  }

  public static Placements of(JsonNode array) {
    List<Placement> all = new ArrayList<>();
    for (JsonNode p : array) {
      all.add(new Placement(p.path("sessionId").asText(""), p.path("app").asText(""), p.path("podId").asText(""),
          p.path("runtimeSessionId").asText(""), p.path("placedAt").asLong(0), p.path("cold").asBoolean(false)));
    }
    return new Placements(all);
  }

  /** True when cold, false when warm, empty when the session has no placement. */
  public Optional<Boolean> cold(String runtimeSessionId) {
    return Optional.ofNullable(runtimeSessionId == null ? null : coldByRuntimeSession.get(runtimeSessionId));
  }

  /** Every placement, in the snapshot's order. */
  public List<Placement> all() {
    return all;
  }

  public int size() {
    return coldByRuntimeSession.size();
  }
}
