package dev.gauntlet.slo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository's scenarios and slos/*.yaml parse, and the release gate has what it promises. */
class ShippedObjectivesTest {

  static final Path SCENARIOS = Path.of("..", "scenarios"); // surefire runs in harness/

  static List<Objective> of(String scenario) {
    return Objectives.of(Scenarios.load(SCENARIOS.resolve(scenario)));
  }

  @Test
  void smokeAndNightlyIncludeTheLenientInteractiveObjectives() {
    assertThat(of("smoke.yaml")).extracting(Objective::text)
        .containsExactly("ttfr_ms p95 < 5000", "rerun_ms p95 < 3000", "interaction_success >= 99%", "lost_sessions <= 0");
    assertThat(of("nightly.yaml")).extracting(Objective::name).contains("session_success >= 99%");
  }

  @Test
  void theReleaseGateHasSteadyAndFaultScopedObjectivesAndAnAbortingOne() {
    List<Objective> gate = of("release-gate.yaml");

    assertThat(gate).extracting(Objective::scope).contains(Objective.STEADY, Objective.FAULT, Objective.RUN);
    assertThat(gate).filteredOn(Objective::abortOnFail).extracting(Objective::name).containsExactly("sessions complete (dash)");
    assertThat(gate).extracting(Objective::window).containsOnly(java.time.Duration.ofSeconds(20));
    assertThat(Objectives.includedFiles(Scenarios.load(SCENARIOS.resolve("release-gate.yaml"))))
        .extracting(p -> p.getFileName().toString()).containsExactly("interactive.yaml", "failover.yaml");
  }
}
