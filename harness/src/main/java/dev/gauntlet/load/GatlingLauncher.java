package dev.gauntlet.load;

import dev.gauntlet.load.internal.QuietGatling;
import dev.gauntlet.measure.Journals;
import java.nio.file.Path;

/**
 * Runs the browser-session simulation in this JVM with Gatling, from a run's plan.json
 * (docs/run.md). Owned by the load work; this signature is what {@code gauntlet run} calls.
 * The virtual users append to the run's shared journal ({@link Journals}); {@code run_started}
 * and {@code run_ended} are the run command's to write, since it alone knows how the run ended.
 * What Gatling prints goes to the JVM's System.out of the moment (a run sends it to run.log).
 * The JVM needs {@code --add-opens=java.base/java.lang=ALL-UNNAMED} (the launcher script and the
 * simulations module's test configuration pass it).
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
    Plan plan = Plan.read(planJson);
    QuietGatling.configure();
    System.setProperty(Plan.PROPERTY, planJson.toAbsolutePath().toString());
    System.setProperty(RUN_DIR_PROPERTY, runDir.toAbsolutePath().toString());
    String[] args = QuietGatling.args(SIMULATION, runDir.resolve("gatling"), plan.scenario() + " " + plan.runId())
        .toArray(String[]::new);
    // Gatling prints with Scala's Console, which keeps the System.out of its first use: bind it to
    // today's (a run sends it to run.log), for Gatling's threads too (they inherit it)
    return scala.Console$.MODULE$.withOut(System.out, () -> io.gatling.app.Gatling$.MODULE$.fromArgs(args));
  }

  /** The system property naming the run directory (the journal and histograms go there). */
  public static final String RUN_DIR_PROPERTY = "gauntlet.runDir";
}
