package dev.gauntlet.trend;

import dev.gauntlet.compare.RunSide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One run of the history: its summary as compare reads it, where it is, and when it started.
 *
 * @param dir the run directory (the folder holding its summary.json)
 * @param side the summary, with the run's id, scenario and provenance
 * @param startedAt the summary's {@code startedAt}: the runs' order
 */
public record Run(Path dir, RunSide side, Instant startedAt) {

  public String runId() {
    return side.name();
  }

  /** The scenario's name; {@code unknown} when the summary has none. */
  public String scenario() {
    return side.scenario() == null ? "unknown" : side.scenario();
  }

  /** provenance.gitCommit, or null. */
  public String gitCommit() {
    return side.gitCommit();
  }

  /** The run's index.html, when its directory has one. */
  public Optional<Path> report() {
    Path page = dir.resolve("index.html");
    return Files.isRegularFile(page) ? Optional.of(page) : Optional.empty();
  }
}
