package dev.gauntlet.simulations.internal;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.gauntlet.load.Plan;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The plan's load model as Gatling injection steps: closed (concurrent users) or open (arrivals). */
public final class Injection {

  private final Plan plan;

  private Injection(Plan plan) {
    this.plan = plan;
  }

  public static Injection of(Plan plan) {
    return new Injection(plan);
  }

  public PopulationBuilder inject(ScenarioBuilder scenario) {
    Duration ramp = Duration.ofMillis(plan.rampMillis());
    Duration hold = Duration.ofMillis(Math.max(1, plan.holdMillis()));
    if (plan.openModel()) {
      List<OpenInjectionStep> steps = new ArrayList<>();
      if (!ramp.isZero()) {
        steps.add(rampUsersPerSec(0).to(plan.arrivalsPerSecond()).during(ramp));
      }
      steps.add(constantUsersPerSec(plan.arrivalsPerSecond()).during(hold));
      return scenario.injectOpen(steps);
    }
    List<ClosedInjectionStep> steps = new ArrayList<>();
    if (!ramp.isZero()) {
      steps.add(rampConcurrentUsers(0).to(plan.users()).during(ramp));
    }
    steps.add(constantConcurrentUsers(plan.users()).during(hold));
    return scenario.injectClosed(steps);
  }

  /**
   * A bound on the whole run: injection, then the longest session (its cap, or its interactions
   * at the deadline each, plus think times and one recovery). Users still running are stopped.
   */
  public static Duration maxDuration(Plan plan) {
    long perRun = plan.interactionDeadlineMillis() + (plan.thinkTime() == null ? 0
        : Math.max(plan.thinkTime().maxMillis(), plan.thinkTime().meanMillis() * 5));
    long session = plan.sessionLengthMillis() > 0 ? plan.sessionLengthMillis() + perRun
        : (plan.interactionsPerSession() + 1L) * perRun;
    return Duration.ofMillis(plan.rampMillis() + plan.holdMillis() + session + plan.recoveryDeadlineMillis() + 10_000);
  }
}
