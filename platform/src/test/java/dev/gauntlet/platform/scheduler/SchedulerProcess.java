package dev.gauntlet.platform.scheduler;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** A scheduler process for ITs, its output in a file, and a small JSON client for its API. */
final class SchedulerProcess implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final Path stateDir;
  final Process process;
  final int port;

  private SchedulerProcess(Path stateDir, Process process, int port) {
    this.stateDir = stateDir;
    this.process = process;
    this.port = port;
  }

  /** Starts {@code Main scheduler} from the shaded jar (or the test class path) and waits for its port. */
  static SchedulerProcess start(Path config, Path stateDir, Path log) throws IOException {
    return start(config, stateDir, log, 0);
  }

  /** As {@link #start(Path, Path, Path)} on {@code port} (0: a free one), as a supervisor restarts it. */
  static SchedulerProcess start(Path config, Path stateDir, Path log, int port) throws IOException {
    return start(config, stateDir, log, port, List.of());
  }

  /** As {@link #start(Path, Path, Path, int)} with more JVM options (e.g. its own java.io.tmpdir). */
  static SchedulerProcess start(Path config, Path stateDir, Path log, int port, List<String> jvmOptions)
      throws IOException {
    return start(config, stateDir, log, port, jvmOptions, classPath());
  }

  /** The shaded jar when the build made one, else the test class path. */
  static String classPath() {
    String jar = System.getProperty("gauntlet.platform.jar");
    return jar != null && Files.exists(Path.of(jar)) ? jar : System.getProperty("java.class.path");
  }

  /** As {@link #start(Path, Path, Path, int, List)} from the class path {@code cp} (another checkout's jar). */
  static SchedulerProcess start(Path config, Path stateDir, Path log, int port, List<String> jvmOptions, String cp)
      throws IOException {
    Path portFile = stateDir.resolveSibling(stateDir.getFileName() + ".port");
    Files.deleteIfExists(portFile);
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", cp, "dev.gauntlet.platform.Main", "scheduler",
        "--config", config.toString(), "--state-dir", stateDir.toString(), "--port", Integer.toString(port),
        "--port-file", portFile.toString(), "--owner-pid", Long.toString(ProcessHandle.current().pid()),
        "--health-interval", "500ms"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    p.getOutputStream().close();
    await("scheduler port file " + portFile + " (log " + log + ")").atMost(Duration.ofSeconds(30))
        .until(() -> Files.exists(portFile) || !p.isAlive());
    if (!p.isAlive()) {
      throw new IllegalStateException("scheduler exited " + p.exitValue() + ": " + Files.readString(log));
    }
    return new SchedulerProcess(stateDir, p, Integer.parseInt(Files.readString(portFile).trim()));
  }

  HttpResponse<String> call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, pub)
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The answer to {@code GET path}, once past a (re)start's 503 "recovering". */
  JsonNode get(String path) {
    JsonNode[] answer = new JsonNode[1];
    await("GET " + path + " answered by a scheduler done recovering").atMost(Duration.ofSeconds(30))
        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
          HttpResponse<String> response = call("GET", path, null);
          answer[0] = JSON.readTree(response.body());
          return response.statusCode() != 503 || !answer[0].path("status").asText().equals("recovering");
        });
    return answer[0];
  }

  List<JsonNode> pods(String app) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    get("/v1/pods").forEach(p -> {
      if (p.path("app").asText().equals(app)) {
        out.add(p);
      }
    });
    return out;
  }

  static int status(String endpoint) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/_stcore/health")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** SIGKILL: what a crash looks like; pods keep running. */
  void kill() {
    process.destroyForcibly();
    process.toHandle().onExit().join();
  }

  @Override
  public void close() {
    kill();
  }

  /** Pids of the pods the state dir knows: what a harness stops when it is done. */
  static List<Long> podPids(Path stateDir) throws IOException {
    Path pods = stateDir.resolve("pods");
    if (!Files.isDirectory(pods)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pods)) {
      List<Long> pids = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        pids.add(JSON.readTree(f.toFile()).path("pid").asLong());
      }
      return pids;
    }
  }
}
