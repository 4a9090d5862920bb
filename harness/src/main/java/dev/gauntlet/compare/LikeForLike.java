package dev.gauntlet.compare;

import dev.gauntlet.measure.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Whether two runs may be put side by side: same scenario (by provenance hash), both complete. */
final class LikeForLike {

  private static final String SCHEMA = "gauntlet.summary/v1";

  private LikeForLike() {}

  /**
   * @return warnings for what cannot be checked or may skew the numbers
   * @throws CompareException when the scenario hashes differ and that was not allowed
   */
  static List<String> check(RunSide baseline, RunSide current, boolean allowScenarioChange) {
    List<String> warnings = new ArrayList<>();
    String b = baseline.scenarioSha256();
    String c = current.scenarioSha256();
    if (b != null && c != null && !b.equals(c)) {
      String both = "baseline " + baseline.name() + " ran scenario " + baseline.scenario() + " (sha256 " + b
          + "), current " + current.name() + " ran scenario " + current.scenario() + " (sha256 " + c + ")";
      if (!allowScenarioChange) {
        throw new CompareException(both + ": a different scenario or a changed scenario file (or app spec, "
            + "experiment, SLO include) is not like for like; compare runs of the same scenario, or pass "
            + "--allow-scenario-change to compare them anyway");
      }
      warnings.add("scenario changed (--allow-scenario-change): " + both);
    }
    for (RunSide side : List.of(baseline, current)) {
      String role = side == baseline ? "baseline " : "current ";
      if (side.scenarioSha256() == null) {
        warnings.add(role + side.name() + " has no provenance.scenarioSha256 (a summary from an older Gauntlet, or "
            + "written without its scenario): cannot check that both runs ran the same scenario");
      }
      String schema = side.summary().path("schema").asText(null);
      if (!SCHEMA.equals(schema)) {
        warnings.add(role + side.name() + " has schema " + schema + ", not " + SCHEMA + ": comparing the fields "
            + "both summaries have");
      }
      if (side.status() != null && !RunStatus.COMPLETED.text().equals(side.status())) {
        String reason = side.summary().path("statusReason").asText("");
        warnings.add(role + side.name() + " ended " + side.status() + (reason.isEmpty() ? "" : " (" + reason + ")")
            + ": its numbers cover only part of the planned load");
      }
    }
    if ((b == null || c == null) && !Objects.equals(baseline.scenario(), current.scenario())) {
      warnings.add("the runs name different scenarios (" + baseline.scenario() + ", " + current.scenario() + ")");
    }
    return warnings;
  }
}
