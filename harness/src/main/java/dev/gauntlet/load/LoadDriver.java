package dev.gauntlet.load;

import java.nio.file.Path;

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

  static LoadDriver gatling() {
    return GatlingLauncher::run;
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
