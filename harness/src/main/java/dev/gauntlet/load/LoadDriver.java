package dev.gauntlet.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What drives a run's virtual users from its plan.json, writing the journal under the run dir.
 * Gatling by default; tests pass another (system property {@value #PROPERTY}: a class name).
 */
@FunctionalInterface
public interface LoadDriver {

  /** Names a {@link LoadDriver} class with a no-argument constructor to use instead of Gatling. */
  String PROPERTY = "gauntlet.load.driver";

  /** Runs the plan to its end; returns 0 when it ran, non-zero for a failure the driver reported. */
  int run(Path planJson, Path runDir) throws Exception;

  /**
   * What is wrong with the plan's target, checked once before the load (empty: it answers). Gatling's
   * driver fetches each page and health ({@link Preflight}); a driver that reaches no real target (a
   * test's stand-in) checks nothing.
   */
  default Optional<String> preflight(Plan plan, Duration deadline) {
    return Optional.empty();
  }

  static LoadDriver gatling() {
    return new LoadDriver() {
      @Override
      public int run(Path planJson, Path runDir) {
        return GatlingLauncher.run(planJson, runDir);
      }

      @Override
      public Optional<String> preflight(Plan plan, Duration deadline) {
        return Preflight.check(plan, deadline);
      }
    };
  }

  /** The driver named by {@value #PROPERTY}, else Gatling. */
  static LoadDriver configured() {
    String name = System.getProperty(PROPERTY);
    if (name == null || name.isBlank()) {
      return gatling();
    }
    try {
      return (LoadDriver) Class.forName(name).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("-D" + PROPERTY + "=" + name + " is not a LoadDriver class with a no-argument constructor", e);
    }
  }
}
