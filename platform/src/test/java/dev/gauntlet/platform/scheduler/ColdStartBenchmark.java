package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of real pods, one after another: prints median and p90 of created->ready and of the
 * placement wait. Off by default; run with
 * {@code ./mvnw -o -B -pl platform verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ColdStartBenchmark -Dgauntlet.bench.pods=10 [-Dgauntlet.bench.spec=dash]}.
 */
@EnabledIfSystemProperty(named = "gauntlet.bench.pods", matches = "\\d+")
class ColdStartBenchmark {

  @TempDir Path dir;

  @Test
  void coldStartsOneAfterAnother() throws Exception {
    int pods = Integer.getInteger("gauntlet.bench.pods");
    String spec = System.getProperty("gauntlet.bench.spec", "light") + ".yaml";
    Files.copy(ColdStartBenchmark.class.getResourceAsStream("/scheduler/apps/" + spec), dir.resolve(spec));
    Path config = dir.resolve("scheduler.yaml");
    Files.writeString(config, String.join("\n",
        "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "pools:",
        "  - {app: bench, spec: " + spec + ", warm: 0, maxSessionsPerPod: 1, idleRetire: 1ms}", ""));
    Path state = dir.resolve("state");
    List<Long> readyMillis = new ArrayList<>();
    List<Long> waitMillis = new ArrayList<>();
    List<Long> pids = new ArrayList<>();
    try (SchedulerProcess s = SchedulerProcess.start(config, state, dir.resolve("scheduler.log"))) {
      for (int i = 0; i < pods; i++) {
        HttpResponse<String> r = s.call("POST", "/v1/placements", Map.of("app", "bench", "sessionId", "b" + i));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(SchedulerProcess.JSON.readTree(r.body()).path("cold").asBoolean()).isTrue();
        JsonNode placement = SchedulerProcess.JSON.readTree(r.body());
        JsonNode pod = s.pods("bench").stream()
            .filter(p -> p.path("id").asText().equals(placement.path("podId").asText())).findFirst().orElseThrow();
        pids.add(pod.path("pid").asLong());
        readyMillis.add(pod.path("readyAt").asLong() - pod.path("createdAt").asLong());
        waitMillis.add(placement.path("waitMillis").asLong());
        s.call("DELETE", "/v1/placements/b" + i, null); // idle now: retired after 1 ms
        await("pod retired").atMost(Duration.ofSeconds(30)).until(() -> s.pods("bench").isEmpty());
      }
    } finally {
      pids.addAll(SchedulerProcess.podPids(state));
      pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
    System.out.printf("cold start (%s, %d pods, one after another): created->ready median %d ms, p90 %d ms;"
        + " placement wait median %d ms, p90 %d ms%n", spec, pods, pct(readyMillis, 50), pct(readyMillis, 90),
        pct(waitMillis, 50), pct(waitMillis, 90));
  }

  private static long pct(List<Long> values, int percentile) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }
}
