package dev.gauntlet.slo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.report.Fault;
import dev.gauntlet.report.Placements;
import dev.gauntlet.report.SchedulerEvents;
import dev.gauntlet.report.SloVerdict;
import java.util.List;

/** Judges objectives against what a run measured (docs/slo.md). */
public final class SloEvaluator {

  private SloEvaluator() {}

  /** One verdict per objective, in order. */
  public static List<SloVerdict> evaluate(List<Objective> objectives, List<JsonNode> journal,
      Placements placements, SchedulerEvents events, List<Fault> faults) {
    return List.of();
  }
}
