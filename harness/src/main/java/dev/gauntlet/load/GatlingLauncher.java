package dev.gauntlet.load;

import java.nio.file.Path;

/**
 * Runs the browser-session simulation in this JVM with Gatling, from a run's plan.json
 * (docs/run.md). Owned by the load work; this signature is what {@code gauntlet run} calls.
 */
public final class GatlingLauncher {

  /** The simulation every run launches. */
  public static final String SIMULATION = "dev.gauntlet.simulations.BrowserSessionSimulation";

  private GatlingLauncher() {}

  /**
   * Runs the simulation described by {@code planJson}, writing Gatling's files under
   * {@code runDir/gatling}; returns Gatling's exit status (0 ok, 2 failed assertions).
   */
  public static int run(Path planJson, Path runDir) {
    throw new UnsupportedOperationException("the Gatling launcher is not built yet");
  }
}
