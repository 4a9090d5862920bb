package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.platform.common.StartupException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerConfigParserTest {

  private final Path dir = folder();

  private static Path folder() {
    try {
      return Path.of(SchedulerConfigParserTest.class.getResource("/scheduler/config-errors/good.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void goodConfigResolvesTheSpecAgainstTheConfigFolder() {
    SchedulerConfig c = SchedulerConfigParser.parse(dir.resolve("good.yaml"));
    assertThat(c.runtime().jvmOptions()).containsExactly("-Xmx64m");
    assertThat(c.runtime().ownerPid()).contains(77L);
    assertThat(c.runtime().java()).isEqualTo(Optional.empty());
    assertThat(c.pools()).containsExactly(new SchedulerConfig.PoolConfig("dash", dir.resolve("dash.yaml"), 2, 7,
        Duration.ofSeconds(5), Duration.ofMillis(250)));
  }

  @Test
  void driverKubernetesReadsItsBlock() {
    SchedulerConfig c = SchedulerConfigParser.parse(dir.resolve("good-kubernetes.yaml"));
    assertThat(c.kubernetes()).contains(new KubernetesPods("perf", "gauntlet-platform:local", "gauntlet-scheduler",
        "gauntlet-config", "/etc/gauntlet", Optional.of("r1"),
        java.util.Map.of("dash", java.util.Map.of("cpu", "500m", "memory", "256Mi"))));
    assertThat(SchedulerConfigParser.parse(dir.resolve("good.yaml")).kubernetes()).isEmpty();
  }

  @Test
  void theDockerDriverTakesItsImageLabelsAndEachPoolsLimits() {
    SchedulerConfig c = SchedulerConfigParser.parse(dir.resolve("docker-good.yaml"));
    assertThat(c.runtime().driver()).isEqualTo("docker");
    assertThat(c.runtime().docker()).contains(new SchedulerConfig.Docker("gauntlet-platform:abc",
        java.util.Map.of("dev.gauntlet.run", "r1")));
    assertThat(c.pools().get(0).cpus()).contains(0.5);
    assertThat(c.pools().get(0).memoryBytes()).contains(256L * 1024 * 1024);
    assertThat(SchedulerConfigParser.parse(dir.resolve("good.yaml")).runtime().driver()).isEqualTo("local");
  }

  /** Golden: expected.txt holds "file: message" lines, the config folder written as DIR. */
  @Test
  void errorsNameTheFileTheLineTheFieldAndTheFix() throws Exception {
    List<String> golden = Files.readAllLines(dir.resolve("expected.txt"));
    assertThat(golden).isNotEmpty();
    for (String line : golden) {
      String file = line.substring(0, line.indexOf(": "));
      String expected = line.substring(line.indexOf(": ") + 2).replace("DIR", dir.toString());
      assertThatThrownBy(() -> SchedulerConfigParser.parse(dir.resolve(file)))
          .as(file).isInstanceOf(StartupException.class).hasMessage(expected);
    }
  }
}
