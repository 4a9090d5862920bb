package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduler with no archive in its cache yet: its very first pod still starts with one. */
class ClassDataArchiveIT {

  @TempDir Path dir;

  @Test
  void theFirstPodAfterABuildStartsWithTheArchive() throws Exception {
    Files.copy(ClassDataArchiveIT.class.getResourceAsStream("/scheduler/apps/light.yaml"), dir.resolve("light.yaml"));
    Path config = dir.resolve("scheduler.yaml");
    Files.writeString(config, String.join("\n",
        "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(),
        "  classDataSharing: true",
        "pools:",
        "  - {app: light, spec: light.yaml, warm: 1, maxSessionsPerPod: 5, startTimeout: 60s}", ""));
    Path tmp = Files.createDirectories(dir.resolve("tmp")); // an empty archive cache: as after a fresh build
    Path state = dir.resolve("state");
    List<Long> pids = new ArrayList<>();
    try (SchedulerProcess s = SchedulerProcess.start(config, state, dir.resolve("scheduler.log"), 0,
        List.of("-Djava.io.tmpdir=" + tmp))) {
      JsonNode[] ready = new JsonNode[1];
      await("the warm pod ready (log " + dir.resolve("scheduler.log") + ")").atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(100)).until(() -> {
            ready[0] = s.pods("light").stream().filter(p -> p.path("state").asText().equals("ready"))
                .findFirst().orElse(null);
            return ready[0] != null;
          });
      long pid = ready[0].path("pid").asLong();
      pids.add(pid);
      String commandLine = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
      try (Stream<Path> archives = Files.list(tmp.resolve("gauntlet-cds"))) {
        List<Path> made = archives.filter(f -> f.toString().endsWith(".jsa")).toList();
        assertThat(made).hasSize(1);
        assertThat(commandLine).contains("-XX:SharedArchiveFile=" + made.get(0));
      }
    } finally {
      pids.addAll(SchedulerProcess.podPids(state));
      pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
  }
}
