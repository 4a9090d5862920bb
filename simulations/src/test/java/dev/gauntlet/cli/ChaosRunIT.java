package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.report.JournalCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run scenarios/chaos-runtime-kill.yaml} end to end with Gatling: every session on a killed
 * pod is found, recovers on its socket, none is lost, and the numbers agree with the journal.
 */
class ChaosRunIT {

  @TempDir
  Path work;

  @Test
  void everySessionOnAKilledPodIsFoundAndRecovers() throws Exception {
    Path runDir = GatlingRun.of(work, PlatformFixture.home().resolve("scenarios/chaos-runtime-kill.yaml"),
        Duration.ofMinutes(3));
    JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());

    JsonNode faults = summary.path("faults");
    assertThat(faults.size()).as("the scenario kills twice").isEqualTo(2);
    Map<String, Long> vuOfSession = new HashMap<>();
    Map<Long, Long> endedAt = new HashMap<>();
    for (String line : Files.readAllLines(runDir.resolve("journal.jsonl"))) {
      JsonNode e = new ObjectMapper().readTree(line);
      for (String field : List.of("sessionId", "previousSessionId")) {
        if (e.hasNonNull(field)) {
          vuOfSession.put(e.path(field).asText(), e.path("vu").asLong());
        }
      }
      if (e.path("type").asText().equals("session_ended")) {
        endedAt.put(e.path("vu").asLong(), e.path("t").asLong());
      }
    }
    int affectedInAll = 0;
    for (JsonNode fault : faults) {
      // the scheduler's sessions on the pod, less those whose user had already left (its detach lags the close);
      // a session no user can be found for still counts, so a join that misses one fails here
      long at = fault.path("at").asLong();
      int onPods = 0;
      for (JsonNode target : fault.path("targets")) {
        for (JsonNode id : target.path("sessionIds")) {
          Long vu = vuOfSession.get(id.asText());
          if (vu == null || endedAt.getOrDefault(vu, Long.MAX_VALUE) >= at) {
            onPods++;
          }
        }
      }
      assertThat(fault.path("affectedSessions").asInt()).as("every session the scheduler had on the killed pod: " + fault)
          .isEqualTo(onPods);
      assertThat(fault.path("lost").asInt()).as("none lost: " + fault).isZero();
      assertThat(fault.path("recovered").asInt()).isEqualTo(fault.path("affectedSessions").asInt());
      assertThat(fault.path("failover_ms").path("count").asInt()).isEqualTo(fault.path("recovered").asInt());
      affectedInAll += fault.path("affectedSessions").asInt();
    }
    assertThat(affectedInAll).as("a kill under load hits someone").isPositive();
    assertThat(summary.path("faults").get(0).path("failover_ms").path("p95").asDouble()).isPositive();
    assertThat(summary.path("experiments").findValuesAsText("steadyState")).hasSize(2);
    Summary parsed = new ObjectMapper().readValue(runDir.resolve("summary.json").toFile(), Summary.class);
    assertThat(parsed.sessions().lost()).isZero();
    JournalCounts.of(runDir.resolve("journal.jsonl")).assertAgrees(parsed);
  }
}
