package dev.gauntlet.slo;

import dev.gauntlet.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/** A scenario's objectives ({@code slos:} and the files it includes), and {@code slos.json} in a run dir. */
public final class Objectives {

  public static final String FILE = "slos.json";

  private Objectives() {}

  /** The scenario's objectives in order; empty without a slos section. @throws dev.gauntlet.scenario.ScenarioException */
  public static List<Objective> of(Scenario scenario) {
    return List.of();
  }

  /** The files {@code slos.include} names (for the scenario's provenance hash), in order. */
  public static List<Path> includedFiles(Scenario scenario) {
    return List.of();
  }

  /** Writes {@code runDir/slos.json}. */
  public static void write(Path runDir, List<Objective> objectives) {
  }

  /** The objectives of {@code runDir/slos.json}; empty when absent. */
  public static List<Objective> read(Path runDir) {
    return List.of();
  }
}
