package dev.gauntlet.simulations.internal;

import dev.gauntlet.load.GatlingLauncher;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.StartGate;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.measure.SliHistograms;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every virtual user of one run shares: the plan, the journal, the SLI histograms, the
 * failed users' back-off and the injection start (for intended arrival times). Opened by the
 * simulation, closed in its after().
 */
public final class RunContext {

  private final Plan plan;
  private final Journal journal;
  private final SliHistograms histograms;
  private final SessionBackoff backoff = new SessionBackoff();
  private volatile long injectionStartMillis = System.currentTimeMillis();
  private final TokenCache tokens;
  private final AuthSecrets secrets;

  private RunContext(Plan plan, Journal journal, SliHistograms histograms) {
    this.plan = plan;
    this.journal = journal;
    this.histograms = histograms;
    this.tokens = new TokenCache(plan.auth() == null ? 0 : plan.auth().refreshBeforeMillis());
    this.secrets = plan.auth() == null ? null : AuthSecrets.of(plan.auth(), System.getenv());
  }

  /** The run's tokens, shared by its users. */
  public TokenCache tokens() {
    return tokens;
  }

  /** The secrets the plan names, from the environment; null without an auth section. */
  public AuthSecrets secrets() {
    return secrets;
  }

  /** From system properties {@code gauntlet.plan} (required) and {@code gauntlet.runDir}. */
  public static RunContext fromSystemProperties() {
    String planFile = System.getProperty(Plan.PROPERTY);
    if (planFile == null) {
      throw new IllegalStateException("system property " + Plan.PROPERTY + " is not set: the simulation"
          + " needs the run's plan.json (start it with GatlingLauncher.run or ./gauntlet run)");
    }
    Plan plan = Plan.read(Path.of(planFile));
    String dir = System.getProperty(GatlingLauncher.RUN_DIR_PROPERTY,
        plan.runDir() != null ? plan.runDir() : Path.of(planFile).toAbsolutePath().getParent().toString());
    Path runDir = Path.of(dir);
    return new RunContext(plan, Journals.shared(runDir.resolve("journal.jsonl")),
        SliHistograms.start(runDir, Duration.ofSeconds(1)));
  }

  public Plan plan() {
    return plan;
  }

  public Journal journal() {
    return journal;
  }

  public SliHistograms histograms() {
    return histograms;
  }

  /** The streaks of sessions that failed before their first render, handed from user to user. */
  public SessionBackoff backoff() {
    return backoff;
  }

  public long injectionStartMillis() {
    return injectionStartMillis;
  }

  /** Waits at the start gate (a worker's: all workers start together; none in one process), then marks the start. */
  public void markInjectionStart() {
    StartGate.arriveAndAwait();
    injectionStartMillis = System.currentTimeMillis();
  }

  /** Writes the histograms' last interval and totals; the journal stays open for the launcher. */
  public void close() {
    histograms.close();
  }
}
