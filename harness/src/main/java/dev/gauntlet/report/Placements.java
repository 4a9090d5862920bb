package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which runtime sessions were placed cold, from a {@code placements.json} snapshot (the
 * scheduler's {@code GET /v1/placements} items): the join that splits TTFR into cold and warm.
 */
public final class Placements {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Boolean> coldByRuntimeSession;

  private Placements(Map<String, Boolean> coldByRuntimeSession) {
    this.coldByRuntimeSession = Map.copyOf(coldByRuntimeSession);
  }

  public static Placements none() {
    return new Placements(Map.of());
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
    Map<String, Boolean> cold = new HashMap<>();
    for (JsonNode p : array) {
      String id = p.path("runtimeSessionId").asText("");
      if (!id.isEmpty()) {
        cold.put(id, p.path("cold").asBoolean(false));
      }
    }
    return new Placements(cold);
  }

  /** True when cold, false when warm, empty when the session has no placement. */
  public Optional<Boolean> cold(String runtimeSessionId) {
    return Optional.ofNullable(runtimeSessionId == null ? null : coldByRuntimeSession.get(runtimeSessionId));
  }

  public int size() {
    return coldByRuntimeSession.size();
  }
}
