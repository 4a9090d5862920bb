package dev.gauntlet.slo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.report.Placements;
import java.util.List;
import java.util.Optional;

/** Whether an {@code abortOnFail} objective can no longer be met at the run's current event rate. */
public final class AbortCheck {

  private AbortCheck() {}

  /** The first abortOnFail objective that can no longer be met, as a sentence naming it and its value; empty otherwise. */
  public static Optional<String> unmeetable(List<Objective> objectives, List<JsonNode> journalSoFar,
      Placements placements, long plannedLoadMillis, long elapsedMillis) {
    return Optional.empty();
  }
}
