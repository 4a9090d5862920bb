package dev.gauntlet.scenario;

/** Where the platform under test runs: started here ({@link LocalTarget}) or already running. */
public sealed interface Target permits LocalTarget, ExternalTarget {

  /** The word used in the file's {@code kind:} field. */
  TargetKind kind();
}
