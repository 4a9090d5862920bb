package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.deploy.PlatformFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capacity scenarios/capacity-smoke.yaml} end to end with Gatling, kept short: the shipped
 * scenario with its maximum cut to 4 users (steps 2 and 4 on one deployment). capacity.json has
 * the shape and no step ran above the maximum.
 */
class CapacitySmokeIT {

  @TempDir
  Path work;

  @Test
  void aShortSearchWritesCapacityJsonAndNeverExceedsTheMaximum() throws Exception {
    String shipped = Files.readString(PlatformFixture.home().resolve("scenarios/capacity-smoke.yaml"));
    assertThat(shipped).contains("  max: 16 ");
    Files.createDirectories(work.resolve("apps"));
    Files.copy(PlatformFixture.home().resolve("apps/light.yaml"), work.resolve("apps/light.yaml"));
    Path scenario = Files.createDirectories(work.resolve("scenarios")).resolve("capacity-smoke.yaml");
    Files.writeString(scenario, shipped.replace("  max: 16 ", "  max: 4 "));

    GatlingRun.Result run = GatlingRun.cli(work, Duration.ofMinutes(2), "capacity", scenario.toString(),
        "--out", work.resolve("reports").toString());

    assertThat(run.exitCode()).as(run.output()).isIn(0, 1);
    Path runDir = run.lastLine();
    JsonNode json = new ObjectMapper().readTree(runDir.resolve(Capacity.FILE).toFile());
    assertThat(json.path("schema").asText()).isEqualTo(Capacity.SCHEMA);
    for (String field : new String[] {"steps", "maxLoad", "limitedBy", "usl", "perPod", "perGateway"}) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    for (String field : new String[] {"sigma", "kappa", "peak", "r2"}) {
      assertThat(json.path("usl").has(field)).as("usl." + field).isTrue();
    }
    assertThat(json.path("steps")).isNotEmpty().allSatisfy(step -> {
      for (String field : new String[] {"level", "throughput", "objectives", "verdict", "pods", "cpuSeconds"}) {
        assertThat(step.has(field)).as(field).isTrue();
      }
      assertThat(step.path("level").asDouble()).isBetween(2.0, 4.0);
      assertThat(step.path("objectives")).hasSize(3);
    });
    Capacity capacity = Capacity.read(runDir.resolve(Capacity.FILE));
    assertThat(capacity.steps().get(0).throughput()).as("interactions in the first judged window").isPositive();
    assertThat(capacity.steps().get(0).cpuSeconds()).containsKeys("gateway-1", "scheduler");
    assertThat(capacity.maxLoad()).isLessThanOrEqualTo(4);
    assertThat(runDir.resolve("summary.json")).exists();
    assertThat(runDir.resolve("index.html")).exists();
    assertThat(run.output()).contains("maxLoad: ");
  }
}
