package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenarios;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the ITs share: the project root, the smoke target, HTTP GETs and "no process left". */
public final class PlatformFixture {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private PlatformFixture() {}

  public static Path home() {
    return Path.of(System.getProperty("gauntlet.home", "..")).toAbsolutePath().normalize();
  }

  public static Path smoke() {
    return home().resolve("scenarios/smoke.yaml");
  }

  public static LocalTarget smokeTarget() {
    return (LocalTarget) Scenarios.load(smoke()).target();
  }

  /** The status of GET uri, or -1 when nothing answers. */
  public static int status(URI uri) {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Pids recorded in the pod files of a state dir (the scheduler's pods). */
  public static List<Long> podPids(Path stateDir) throws IOException {
    List<Long> pids = new ArrayList<>();
    Path pods = stateDir.resolve("scheduler/pods");
    if (!Files.isDirectory(pods)) {
      return pids;
    }
    try (Stream<Path> files = Files.list(pods)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode pod = new ObjectMapper().readTree(f.toFile());
        pids.add(pod.path("pid").asLong());
      }
    }
    return pids;
  }

  /** Pids in processes.json. */
  public static List<Long> registryPids(Path stateDir) throws IOException {
    List<Long> pids = new ArrayList<>();
    Path file = stateDir.resolve("processes.json");
    if (Files.isRegularFile(file)) {
      new ObjectMapper().readTree(file.toFile()).forEach(e -> pids.add(e.path("pid").asLong()));
    }
    return pids;
  }

  public static void assertAllDead(List<Long> pids) {
    for (long pid : pids) {
      assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d is still alive", pid).isEmpty();
    }
  }
}
