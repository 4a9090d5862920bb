package dev.gauntlet.slo;

import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.slo.internal.SloSection;
import dev.gauntlet.slo.internal.SlosFile;
import java.nio.file.Path;
import java.util.List;

/** A scenario's objectives ({@code slos:} and the files it includes), and {@code slos.json} in a run dir. */
public final class Objectives {

  public static final String FILE = "slos.json";

  private Objectives() {}

  /**
   * The scenario's objectives: each include file's in turn, then the section's own; empty without a
   * slos section.
   *
   * @throws dev.gauntlet.scenario.ScenarioException naming the file and line of the first problem
   */
  public static List<Objective> of(Scenario scenario) {
    return SloSection.objectives(scenario);
  }

  /** The files {@code slos.include} names (for the scenario's provenance hash), in order. */
  public static List<Path> includedFiles(Scenario scenario) {
    return SloSection.includes(scenario);
  }

  /** Writes {@code runDir/slos.json} (atomically). */
  public static void write(Path runDir, List<Objective> objectives) {
    SlosFile.write(runDir.resolve(FILE), objectives);
  }

  /** The objectives of {@code runDir/slos.json}; empty when absent. */
  public static List<Objective> read(Path runDir) {
    return SlosFile.read(runDir.resolve(FILE));
  }
}
