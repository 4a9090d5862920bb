package dev.gauntlet.slo;

import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.slo.internal.ObjectiveText;
import dev.gauntlet.slo.internal.SloSection;
import dev.gauntlet.slo.internal.SlosFile;
import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A scenario's objectives ({@code slos:} and the files it includes), and {@code slos.json} in a run dir. */
public final class Objectives {

  public static final String FILE = "slos.json";

  private Objectives() {}

  /**
   * The scenario's objectives: each include file's in turn, then the section's own; empty without a
   * slos section.
   *
   * @throws dev.gauntlet.yaml.ScenarioException naming the file and line of the first problem
   */
  public static List<Objective> of(Scenario scenario) {
    return SloSection.objectives(scenario);
  }

  /**
   * The scenario's PromQL objectives ({@code - promql: ...} entries), judged by a Prometheus
   * (docs/observability.md); empty without any.
   */
  public static List<PromqlObjective> promql(Scenario scenario) {
    return SloSection.promql(scenario);
  }

  /** The files {@code slos.include} names (for the scenario's provenance hash), in order. */
  public static List<Path> includedFiles(Scenario scenario) {
    return SloSection.includes(scenario);
  }

  /**
   * One objective from its text alone, judged over the whole of what it is given (scope run, every
   * app, a vacuous pass without samples): what a chaos experiment's steady-state probe is.
   *
   * @throws dev.gauntlet.yaml.ScenarioException naming {@code file} and {@code line} when the text is not an objective
   */
  public static Objective probe(String name, String text, Path file, int line) {
    ObjectiveText.Parsed p;
    try {
      p = ObjectiveText.parse(text);
    } catch (ObjectiveText.Invalid e) {
      throw new ScenarioException(file, line, "objective '" + text + "' " + e.getMessage(), e.fix());
    }
    return new Objective(name, p.sli(), text.trim(), Objective.RUN, null, Duration.ZERO, 0, false, file, line,
        p.kind(), p.stat(), p.op(), p.threshold());
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
