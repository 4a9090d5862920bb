package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client reading {@code GET /v1/pods} through a scheduler's SIGKILL and restart never sees a short list. */
class RecoveringReadsIT {

  private static final Duration POD_DEADLINE = Duration.ofSeconds(90);
  private static final Duration POLL_DEADLINE = Duration.ofSeconds(120);

  @TempDir Path dir;
  private final List<SchedulerProcess> schedulers = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final AtomicBoolean restarted = new AtomicBoolean();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger recovering = new AtomicInteger();
  private final AtomicInteger fullAfterRestart = new AtomicInteger();
  private final List<String> wrong = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopEverything() throws IOException {
    stop.set(true);
    schedulers.forEach(SchedulerProcess::kill);
    Files.createDirectories(Path.of("target", "it-logs"));
    Files.copy(dir.resolve("scheduler.log"), Path.of("target", "it-logs", "scheduler-recovering-reads.log"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (long pid : SchedulerProcess.podPids(dir.resolve("state"))) {
      ProcessHandle.of(pid).ifPresent(h -> {
        h.destroyForcibly();
        h.onExit().join();
      });
    }
  }

  @Test
  void podsReadThroughAKillAndRestartAreTheFullListOr503Recovering() throws Exception {
    Files.copy(RecoveringReadsIT.class.getResourceAsStream("/scheduler/apps/dash.yaml"), dir.resolve("dash.yaml"));
    Path config = dir.resolve("scheduler.yaml");
    Files.writeString(config, String.join("\n", "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "pools:", "  - {app: dash, spec: dash.yaml, warm: 2, maxSessionsPerPod: 5}", ""));
    int port = freePort();
    SchedulerProcess first = start(config, port);
    await("2 ready dash pods").atMost(POD_DEADLINE).until(() -> first.pods("dash").stream()
        .filter(p -> p.path("state").asText().equals("ready")).count() == 2);
    Set<String> pods = ids(first);

    Thread poller = new Thread(() -> poll(port, pods), "pods-poller");
    poller.start();
    first.kill();
    restarted.set(true);
    SchedulerProcess again = start(config, port);
    await("the restarted scheduler's full list read by the poller").atMost(Duration.ofSeconds(60))
        .until(() -> fullAfterRestart.get() > 0 || !poller.isAlive());
    stop.set(true);
    poller.join();

    assertThat(wrong).as("answers that were neither the full list nor 503 recovering").isEmpty();
    assertThat(recovering.get()).as("503 recovering answers while the pods were re-adopted").isPositive();
    assertThat(ids(again)).isEqualTo(pods);
  }

  /** Reads the pod list as fast as it answers, until told to stop; a refused connection is the restart gap. */
  private void poll(int port, Set<String> pods) {
    long end = System.nanoTime() + POLL_DEADLINE.toNanos();
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/pods"))
        .timeout(Duration.ofSeconds(2)).build();
    while (!stop.get() && System.nanoTime() < end) {
      boolean afterRestart = restarted.get(); // asked after the old process died: the new one answers
      try {
        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 503 && SchedulerProcess.JSON.readTree(r.body()).path("status").asText().equals("recovering")) {
          recovering.incrementAndGet();
        } else if (r.statusCode() == 200 && ids(SchedulerProcess.JSON.readTree(r.body())).containsAll(pods)) {
          fullAfterRestart.addAndGet(afterRestart ? 1 : 0);
        } else {
          wrong.add(r.statusCode() + " " + r.body());
        }
      } catch (IOException e) {
        LockSupport.parkNanos(Duration.ofMillis(2).toNanos()); // not listening: the restart gap
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private SchedulerProcess start(Path config, int port) throws IOException {
    SchedulerProcess s = SchedulerProcess.start(config, dir.resolve("state"), dir.resolve("scheduler.log"), port);
    schedulers.add(s);
    return s;
  }

  private static Set<String> ids(SchedulerProcess s) throws Exception {
    return ids(s.get("/v1/pods"));
  }

  private static Set<String> ids(com.fasterxml.jackson.databind.JsonNode pods) {
    return new HashSet<>(pods.findValuesAsText("id"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
