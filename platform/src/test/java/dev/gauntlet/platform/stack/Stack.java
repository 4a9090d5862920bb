package dev.gauntlet.platform.stack;

import dev.gauntlet.platform.testing.PlatformProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scheduler with one pool and two gateways in front of it, as processes. Closing it stops every
 * process it started and every pod its scheduler started, by pid.
 */
final class Stack implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final Path dir;
  final Path config;
  final Path state;
  final List<PlatformProcess> gateways = new ArrayList<>();
  PlatformProcess scheduler;
  private final Set<Long> pods = new HashSet<>();

  private Stack(Path dir) {
    this.dir = dir;
    this.config = dir.resolve("scheduler.yaml");
    this.state = dir.resolve("scheduler-state");
  }

  /** A pool of {@code app} from the test resources' spec, with {@code warm} idle pods kept. */
  static Stack start(Path dir, String app, int warm, int maxSessionsPerPod) throws IOException {
    Stack stack = new Stack(dir);
    try (InputStream spec = Stack.class.getResourceAsStream("/stack/" + app + ".yaml")) {
      Files.copy(spec, dir.resolve(app + ".yaml"));
    }
    Files.writeString(stack.config, String.join("\n",
        "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "pools:",
        "  - {app: " + app + ", spec: " + app + ".yaml, warm: " + warm
            + ", maxSessionsPerPod: " + maxSessionsPerPod + ", startTimeout: 60s}", ""));
    try {
      stack.startScheduler(0);
      for (int i = 1; i <= 2; i++) {
        stack.gateways.add(PlatformProcess.start(dir, "gateway-" + i, 0, List.of("gateway",
            "--scheduler", stack.scheduler.url(), "--placement-deadline", "3s", "--upstream-timeout", "3s")));
      }
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw e;
    }
    return stack;
  }

  /** (Re)starts the scheduler on {@code port} with the same config and state dir. */
  void startScheduler(int port) throws IOException {
    scheduler = PlatformProcess.start(dir, "scheduler", port, List.of("scheduler",
        "--config", config.toString(), "--state-dir", state.toString(), "--health-interval", "500ms"));
  }

  URI appUri(int gateway, String app) {
    return URI.create(gateways.get(gateway).url() + "/apps/" + app);
  }

  /** The scheduler's answer to {@code GET path}, once past a restart's 503 "recovering". */
  JsonNode api(String path) {
    JsonNode[] answer = new JsonNode[1];
    org.awaitility.Awaitility.await("GET " + path + " answered by a scheduler done recovering")
        .atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
          HttpResponse<String> response = HTTP.send(
              HttpRequest.newBuilder(URI.create(scheduler.url() + path)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
          answer[0] = JSON.readTree(response.body());
          return response.statusCode() != 503 || !answer[0].path("status").asText().equals("recovering");
        });
    return answer[0];
  }

  /** The scheduler's pods in the given state, remembered so close() can stop them. */
  List<JsonNode> pods(String state) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode pod : api("/v1/pods")) {
      pods.add(pod.path("pid").asLong());
      if (pod.path("state").asText().equals(state)) {
        out.add(pod);
      }
    }
    return out;
  }

  /** The placement of the session the client knows by its runtime session id. */
  JsonNode placementOf(String runtimeSessionId) throws IOException, InterruptedException {
    for (JsonNode p : api("/v1/placements")) {
      if (runtimeSessionId.equals(p.path("runtimeSessionId").asText())) {
        return p;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    gateways.forEach(PlatformProcess::kill);
    if (scheduler != null) {
      scheduler.kill();
    }
    Path podFiles = state.resolve("pods");
    if (Files.isDirectory(podFiles)) {
      try (Stream<Path> files = Files.list(podFiles)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          pods.add(JSON.readTree(f.toFile()).path("pid").asLong());
        }
      }
    }
    for (long pid : pods) {
      ProcessHandle.of(pid).ifPresent(h -> {
        h.destroyForcibly();
        h.onExit().join();
      });
    }
  }
}
