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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler as a process with real runtime pods: warm pool, cold start, crash, restart, timeout. */
class SchedulerIT {

  private static final Duration POD_DEADLINE = Duration.ofSeconds(90);

  @TempDir Path dir;
  private Path config;
  private Path state;
  private final List<SchedulerProcess> schedulers = new ArrayList<>();
  private final Set<Long> podPids = new HashSet<>();

  @BeforeEach
  void config() throws IOException {
    for (String spec : List.of("dash.yaml", "stuck.yaml")) {
      Files.copy(SchedulerIT.class.getResourceAsStream("/scheduler/apps/" + spec), dir.resolve(spec));
    }
    config = dir.resolve("scheduler.yaml");
    Files.writeString(config, String.join("\n",
        "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "pools:",
        "  - {app: dash, spec: dash.yaml, warm: 2, maxSessionsPerPod: 5}",
        "  - {app: cold, spec: dash.yaml, warm: 0, maxSessionsPerPod: 5}",
        "  - {app: stuck, spec: stuck.yaml, warm: 0, startTimeout: 2s}", ""));
    state = dir.resolve("state");
  }

  @AfterEach
  void stopEverything(org.junit.jupiter.api.TestInfo test) throws IOException {
    schedulers.forEach(SchedulerProcess::kill);
    Path keep = Path.of("target", "it-logs");
    Files.createDirectories(keep);
    if (Files.exists(dir.resolve("scheduler.log"))) {
      Files.copy(dir.resolve("scheduler.log"), keep.resolve("scheduler-" + test.getTestMethod().orElseThrow().getName() + ".log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    podPids.addAll(SchedulerProcess.podPids(state));
    for (long pid : podPids) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    for (long pid : podPids) {
      ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
    }
    assertThat(podPids).allMatch(pid -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
  }

  private SchedulerProcess start() throws IOException {
    SchedulerProcess s = SchedulerProcess.start(config, state, dir.resolve("scheduler.log"));
    schedulers.add(s);
    return s;
  }

  private List<JsonNode> readyPods(SchedulerProcess s, String app) throws Exception {
    List<JsonNode> pods = s.pods(app);
    pods.forEach(p -> podPids.add(p.path("pid").asLong()));
    return pods.stream().filter(p -> p.path("state").asText().equals("ready")).toList();
  }

  private JsonNode place(SchedulerProcess s, String app, String sessionId) throws Exception {
    HttpResponse<String> r = s.call("POST", "/v1/placements", Map.of("app", app, "sessionId", sessionId));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return SchedulerProcess.JSON.readTree(r.body());
  }

  private List<String> events(SchedulerProcess s, String type, String pod) throws Exception {
    List<String> details = new ArrayList<>();
    s.get("/v1/events?since=0").forEach(e -> {
      if (e.path("type").asText().equals(type) && (pod == null || e.path("pod").asText().equals(pod))) {
        details.add(e.path("detail").asText());
      }
    });
    return details;
  }

  @Test
  void warmColdCrashRestartAndAdoption() throws Exception {
    SchedulerProcess s = start();
    await("2 ready dash pods").atMost(POD_DEADLINE).until(() -> readyPods(s, "dash").size() == 2);

    JsonNode warm = place(s, "dash", "w1");
    assertThat(warm.path("cold").asBoolean()).isFalse();
    assertThat(SchedulerProcess.status(warm.path("endpoint").asText())).isEqualTo(200);

    JsonNode cold = place(s, "cold", "c1");
    String coldPod = cold.path("podId").asText();
    assertThat(cold.path("cold").asBoolean()).isTrue();
    assertThat(events(s, "created", coldPod)).hasSize(1);
    assertThat(events(s, "ready", coldPod)).hasSize(1);

    await("dash pool topped up").atMost(POD_DEADLINE).until(() -> readyPods(s, "dash").size() == 3);
    // An idle warm pod: losing it leaves the pool short, so it is replaced.
    JsonNode victimPod = s.pods("dash").stream().filter(p -> p.path("sessions").asInt() == 0).findFirst().orElseThrow();
    String victim = victimPod.path("id").asText();
    long victimPid = victimPod.path("pid").asLong();
    ProcessHandle.of(victimPid).orElseThrow().destroyForcibly();
    await("gone, then replaced").atMost(POD_DEADLINE).until(() -> !events(s, "replaced", victim).isEmpty());
    assertThat(events(s, "gone", victim)).containsExactly("exit status 137");
    String replacement = events(s, "replaced", victim).get(0);
    await("replacement ready").atMost(POD_DEADLINE).until(() -> !events(s, "ready", replacement).isEmpty());
    assertThat(s.get("/v1/placements").findValuesAsText("sessionId")).containsExactlyInAnyOrder("w1", "c1");

    Map<String, Long> before = s.get("/v1/pods").findParents("id").stream()
        .collect(Collectors.toMap(p -> p.path("id").asText(), p -> p.path("pid").asLong()));
    int createdBefore = events(s, "created", null).size();
    s.kill();

    SchedulerProcess again = start();
    await("recovered").atMost(Duration.ofSeconds(30)).until(() -> again.call("GET", "/readyz", null).statusCode() == 200);
    Map<String, Long> after = again.get("/v1/pods").findParents("id").stream()
        .collect(Collectors.toMap(p -> p.path("id").asText(), p -> p.path("pid").asLong()));
    assertThat(after).isEqualTo(before);
    assertThat(events(again, "adopted", null)).hasSize(before.size());
    assertThat(events(again, "created", null)).as("no pods beyond the warm count").hasSize(createdBefore);
    JsonNode kept = again.get("/v1/placements");
    assertThat(kept.findValuesAsText("sessionId")).containsExactlyInAnyOrder("w1", "c1");
    JsonNode same = place(again, "cold", "c1");
    assertThat(same.path("podId").asText()).isEqualTo(coldPod);
    assertThat(same.path("cold").asBoolean()).isFalse();
  }

  @Test
  void podThatNeverGetsReadyFailsThePlacementWith503NamingIt() throws Exception {
    SchedulerProcess s = start();
    HttpResponse<String> r = s.call("POST", "/v1/placements", Map.of("app", "stuck", "sessionId", "x"));
    assertThat(r.statusCode()).isEqualTo(503);
    String error = SchedulerProcess.JSON.readTree(r.body()).path("error").asText();
    assertThat(error).matches("pod stuck-[0-9a-f]{6} failed: not ready after 2s: .*; see .*stuck-[0-9a-f]{6}\\.log");
    String pod = error.substring(4, 16);
    assertThat(events(s, "unhealthy", pod)).hasSize(1);
    assertThat(events(s, "killed", pod)).containsExactly("SIGKILL");
    HttpResponse<String> unknown = s.call("POST", "/v1/placements", Map.of("app", "nope", "sessionId", "y"));
    assertThat(unknown.statusCode()).isEqualTo(404);
  }
}
