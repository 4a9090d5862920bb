package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scheduler's pod files ({@code pods/<id>.json}) read as registry entries for reaping. */
public final class PodFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PodFiles() {}

  public static List<RegistryEntry> read(Path podsDir) {
    List<RegistryEntry> pods = new ArrayList<>();
    if (!Files.isDirectory(podsDir)) {
      return pods;
    }
    try (Stream<Path> files = Files.list(podsDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        try {
          JsonNode pod = JSON.readTree(f.toFile());
          if (pod != null && pod.hasNonNull("pid")) {
            pods.add(new RegistryEntry("pod " + pod.path("id").asText(f.getFileName().toString()),
                pod.get("pid").asLong(), pod.path("pidStartedAt").asLong(0), RegistryEntry.PLATFORM_MAIN_MARKER + "|" + RegistryEntry.PLATFORM_JAR_MARKER));
          }
        } catch (IOException e) {
          // a pod file half-written when its scheduler died names no process we could check
        }
      }
    } catch (IOException e) {
      return pods;
    }
    return pods;
  }
}
