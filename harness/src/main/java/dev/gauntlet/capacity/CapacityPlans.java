package dev.gauntlet.capacity;

import dev.gauntlet.capacity.internal.CapacitySection;
import dev.gauntlet.scenario.Scenario;
import java.util.Optional;

/** A scenario's capacity plan: {@code CapacityPlans.of(scenario)}. */
public final class CapacityPlans {

  private CapacityPlans() {}

  /**
   * The scenario's {@code capacity:} section; empty without one.
   *
   * @throws dev.gauntlet.yaml.ScenarioException naming the file, line and field of the first problem
   */
  public static Optional<CapacityPlan> of(Scenario scenario) {
    return Optional.ofNullable(CapacitySection.read(scenario));
  }
}
