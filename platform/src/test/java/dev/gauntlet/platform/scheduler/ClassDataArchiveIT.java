package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schedulers with an archive cache of their own, empty at first (as after a fresh build): the
 * first pod starts with the archive, a second checkout of the same build reuses it, and a pod
 * that waits for it past its deadline fails naming it.
 */
class ClassDataArchiveIT {

  private static final List<String> JVM = List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xlog:cds=info");

  @TempDir Path dir;
  private Path tmp;
  private final List<SchedulerProcess> schedulers = new ArrayList<>();
  private final List<Path> states = new ArrayList<>();

  @AfterEach
  void stopEverything() throws IOException {
    schedulers.forEach(SchedulerProcess::kill);
    List<Long> pids = new ArrayList<>();
    for (Path state : states) {
      pids.addAll(SchedulerProcess.podPids(state));
    }
    pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(h -> h.onExit().join()));
  }

  @Test
  void theFirstPodAfterABuildStartsWithTheArchiveAndASecondCheckoutReusesIt() throws Exception {
    Path config = config("  - {app: light, spec: light.yaml, warm: 1, maxSessionsPerPod: 5, startTimeout: 60s}", "");
    JsonNode first = readyPod(start(config, "one", SchedulerProcess.classPath()));
    Path archive = onlyArchive();
    assertThat(commandLine(first)).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(podLog("one", first)).contains("Opened archive " + archive).doesNotContain("not the one used");
    schedulers.remove(0).kill();

    // another checkout of the same commit: the same classes in a jar written at another time
    Path clone = Files.createDirectories(dir.resolve("clone")).resolve("gauntlet-platform.jar");
    Files.copy(Path.of(SchedulerProcess.classPath()), clone);
    JsonNode second = readyPod(start(config, "two", clone.toString()));
    assertThat(onlyArchive()).isEqualTo(archive);
    assertThat(commandLine(second)).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(podLog("two", second)).as("the JVM maps it: same jar copy, same modification time")
        .contains("Opened archive " + archive).doesNotContain("not the one used");
    assertThat(Files.readString(dir.resolve("two.log"))).doesNotContain("class data archive made");
  }

  @Test
  void aPodWhoseArchiveWaitOutlastsItsDeadlineFailsNamingTheArchiveAndItsLog() throws Exception {
    // a training takes seconds (a JVM that starts, serves a session and dumps): 200 ms is always too short
    Path config = config("  - {app: light, spec: light.yaml, warm: 0, maxSessionsPerPod: 5, startTimeout: 2s}",
        "  classDataArchiveWait: 200ms");
    SchedulerProcess s = start(config, "one", SchedulerProcess.classPath());
    HttpResponse<String> r = s.call("POST", "/v1/placements", Map.of("app", "light", "sessionId", "x"));
    assertThat(r.statusCode()).isEqualTo(503);
    String error = SchedulerProcess.JSON.readTree(r.body()).path("error").asText();
    assertThat(error).matches("pod light-[0-9a-f]{6} failed: the class-data archive was not ready after 200ms; "
        + "see .*/cds/cds-training\\.log");
    Path log = Path.of(error.substring(error.indexOf("see ") + 4));
    assertThat(log).as("the log it names").startsWith(dir).exists();
    List<JsonNode> events = SchedulerProcess.JSON.readerForListOf(JsonNode.class)
        .readValue(s.call("GET", "/v1/events", null).body());
    String pod = error.substring(4, 16);
    assertThat(events.stream().filter(e -> e.path("pod").asText().equals(pod)).map(e -> e.path("type").asText()))
        .containsExactly("waiting_for_archive", "unhealthy");
  }

  private Path config(String pool, String runtimeLine) throws IOException {
    Files.copy(ClassDataArchiveIT.class.getResourceAsStream("/scheduler/apps/light.yaml"), dir.resolve("light.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    tmp = Files.createDirectories(dir.resolve("tmp")); // an empty archive cache: as after a fresh build
    Path config = dir.resolve("scheduler.yaml");
    Files.writeString(config, String.join("\n",
        "runtime:",
        "  jvmOptions: [" + String.join(", ", JVM) + "]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "  classDataSharing: true",
        runtimeLine,
        "pools:",
        pool, ""));
    return config;
  }

  private SchedulerProcess start(Path config, String name, String classPath) throws IOException {
    Path state = dir.resolve(name);
    states.add(state);
    SchedulerProcess s = SchedulerProcess.start(config, state, dir.resolve(name + ".log"), 0,
        List.of("-Djava.io.tmpdir=" + tmp), classPath);
    schedulers.add(s);
    return s;
  }

  private JsonNode readyPod(SchedulerProcess s) {
    JsonNode[] ready = new JsonNode[1];
    await("the warm pod ready (log " + s.stateDir.resolveSibling(s.stateDir.getFileName() + ".log") + ")")
        .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
          ready[0] = s.pods("light").stream().filter(p -> p.path("state").asText().equals("ready"))
              .findFirst().orElse(null);
          return ready[0] != null;
        });
    return ready[0];
  }

  private Path onlyArchive() throws IOException {
    try (Stream<Path> archives = Files.list(tmp.resolve("gauntlet-cds"))) {
      List<Path> made = archives.filter(f -> f.toString().endsWith(".jsa")).toList();
      assertThat(made).hasSize(1);
      return made.get(0);
    }
  }

  private static String commandLine(JsonNode pod) {
    return ProcessHandle.of(pod.path("pid").asLong()).flatMap(p -> p.info().commandLine()).orElse("");
  }

  private String podLog(String state, JsonNode pod) throws IOException {
    return Files.readString(dir.resolve(state).resolve("pods").resolve(pod.path("id").asText() + ".log"));
  }
}
