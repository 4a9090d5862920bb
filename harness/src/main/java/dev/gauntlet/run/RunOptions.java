package dev.gauntlet.run;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@code gauntlet run} was asked.
 *
 * @param targetKind {@code local} or {@code external} to override the scenario's kind; null keeps it
 * @param url the external target's url, overriding the scenario's; null keeps it
 * @param outDir the run directory goes under it, as {@code outDir/<runId>}
 * @param seed the plan's random seed
 * @param terminal true when progress may refresh in place (a TTY)
 * @param verbose true to show the load driver's own output (Gatling's) on the terminal too, not only in run.log
 * @param split over how many workers the load runs, or which shard of it this run is
 */
public record RunOptions(Path scenarioFile, String targetKind, URI url, Path outDir, long seed, boolean terminal,
    boolean verbose, LoadSplit split) {

  public RunOptions(Path scenarioFile, String targetKind, URI url, Path outDir, long seed, boolean terminal,
      boolean verbose) {
    this(scenarioFile, targetKind, url, outDir, seed, terminal, verbose, LoadSplit.NONE);
  }

  /** Not verbose. */
  public RunOptions(Path scenarioFile, String targetKind, URI url, Path outDir, long seed, boolean terminal) {
    this(scenarioFile, targetKind, url, outDir, seed, terminal, false);
  }
}
