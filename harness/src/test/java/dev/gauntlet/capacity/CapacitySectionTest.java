package dev.gauntlet.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacitySectionTest {

  private static final String HEAD = """
      name: cap
      target: {kind: local, apps: [{spec: ../apps/dash.yaml, warm: 1}]}
      load: {model: closed, users: 1, hold: 10s, apps: [{app: dash}]}
      """;

  @TempDir
  Path dir;

  private CapacityPlan plan(String section) {
    return CapacityPlans.of(Scenarios.load(new ScenarioFiles(dir).scenario(HEAD + section))).orElseThrow();
  }

  private void fails(String section, String message) {
    Path file = new ScenarioFiles(dir).scenario(HEAD + section);
    assertThatThrownBy(() -> CapacityPlans.of(Scenarios.load(file))).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(ScenarioException.display(file) + " " + message);
  }

  @Test
  void readsEveryField() {
    CapacityPlan p = plan("""
        capacity:
          vary: users
          start: 2
          max: 40
          factor: 1.5
          warmUp: 5s
          window: 15s
          resolution: 2
          required: 8
          target: 100
          headroom: 25%
        """);
    assertThat(p).isEqualTo(new CapacityPlan("users", 2, 40, 1.5, 0, Duration.ofSeconds(5), Duration.ofSeconds(15), 2,
        8.0, 100.0, 0.25));
  }

  @Test
  void defaultsFollowTheLoadModel() {
    CapacityPlan p = plan("capacity: {max: 16}\n");
    assertThat(p.variable()).isEqualTo("users");
    assertThat(p.start()).isEqualTo(1);
    assertThat(p.factor()).isEqualTo(2);
    assertThat(p.resolution()).isEqualTo(1);
    assertThat(p.required()).isNull();
    assertThat(p.headroom()).isEqualTo(0.3);
  }

  @Test
  void aScenarioWithoutTheSectionHasNoPlan() {
    assertThat(CapacityPlans.of(Scenarios.load(new ScenarioFiles(dir).scenario(HEAD)))).isEmpty();
  }

  @Test
  void errorsNameTheLineTheFieldAndTheFix() {
    fails("capacity: {max: 16, factr: 2}\n", "line 4: unknown field 'factr' in 'capacity' (did you mean factor?)");
    fails("capacity:\n  start: 4\n", "line 4: capacity has no 'max'");
    fails("capacity:\n  start: 8\n  max: 4\n", "line 6: capacity.max is 4, below start 8");
    fails("capacity:\n  max: 8\n  vary: arrivalsPerSecond\n", "line 6: capacity.vary is arrivalsPerSecond but the load's model is closed");
    fails("capacity:\n  max: 8\n  factor: 2\n  increment: 3\n", "line 7: capacity has both factor and increment");
    fails("capacity:\n  max: 8\n  factor: 1\n", "line 6: capacity.factor is 1: the level would never rise");
    fails("capacity:\n  max: 8\n  headroom: 120%\n", "line 6: capacity.headroom is '120%', not a share below 100%");
  }

  @Test
  void aTypoOfTheSectionIsCaught() {
    Path file = new ScenarioFiles(dir).scenario(HEAD + "capacty: {max: 8}\n");
    assertThatThrownBy(() -> Scenarios.load(file)).hasMessageContaining("unknown section 'capacty' (did you mean capacity?)");
  }
}
