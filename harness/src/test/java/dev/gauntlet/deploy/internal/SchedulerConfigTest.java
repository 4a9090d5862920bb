package dev.gauntlet.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerConfigTest {

  @TempDir
  Path root;

  @Test
  void rendersPoolsAndRuntimeAsThePlatformDocSays() throws Exception {
    ScenarioFiles files = new ScenarioFiles(root);
    Path scenario = files.scenario("""
        target:
          apps:
            - spec: ../apps/dash.yaml
              warm: 2
              maxSessionsPerPod: 40
              idleRetire: 90s
              startTimeout: 1500ms
        """);
    LocalTarget target = (LocalTarget) Scenarios.load(scenario).target();

    String yaml = SchedulerConfig.render(target, Path.of("/jdk/bin/java"), 4321);

    JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    assertThat(config.at("/runtime/java").asText()).isEqualTo("/jdk/bin/java");
    assertThat(config.at("/runtime/ownerPid").asLong()).isEqualTo(4321);
    assertThat(config.at("/runtime/jvmOptions").toString())
        .isEqualTo("[\"-Xmx128m\",\"-XX:+UseSerialGC\",\"-XX:TieredStopAtLevel=1\",\"-Xss512k\"]");
    JsonNode pool = config.at("/pools/0");
    assertThat(pool.get("app").asText()).isEqualTo("dash");
    assertThat(pool.get("spec").asText()).isEqualTo(root.resolve("apps/dash.yaml").toString());
    assertThat(pool.get("warm").asInt()).isEqualTo(2);
    assertThat(pool.get("maxSessionsPerPod").asInt()).isEqualTo(40);
    assertThat(pool.get("idleRetire").asText()).isEqualTo("90s");
    assertThat(pool.get("startTimeout").asText()).isEqualTo("1500ms");
    assertThat(config.get("pools")).hasSize(1);
  }

  @Test
  void theDockerKindAddsTheDriverItsImageLabelsAndEachPoolsLimits() throws Exception {
    ScenarioFiles files = new ScenarioFiles(root);
    Path scenario = files.scenario("""
        target:
          kind: docker
          apps:
            - spec: ../apps/dash.yaml
              resources: {cpu: 0.5, memory: 256Mi}
        """);
    LocalTarget target = (LocalTarget) Scenarios.load(scenario).target();

    String yaml = SchedulerConfig.render(target, Path.of("/opt/java/bin/java"), 0,
        new LocalSettings.DockerSettings("gauntlet-platform:abc", java.util.Map.of("dev.gauntlet.run", "r1")));

    JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    assertThat(config.at("/runtime/driver").asText()).isEqualTo("docker");
    assertThat(config.at("/runtime/docker/image").asText()).isEqualTo("gauntlet-platform:abc");
    assertThat(config.at("/runtime/docker/labels/dev.gauntlet.run").asText()).isEqualTo("r1");
    assertThat(config.at("/runtime/classDataSharing").asBoolean(true)).isFalse();
    assertThat(config.at("/runtime").has("ownerPid")).as("containers are reaped by label, not by owner pid").isFalse();
    assertThat(config.at("/pools/0/cpus").asDouble()).isEqualTo(0.5);
    assertThat(config.at("/pools/0/memoryBytes").asLong()).isEqualTo(256L * 1024 * 1024);
  }
}
