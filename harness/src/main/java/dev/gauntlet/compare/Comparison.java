package dev.gauntlet.compare;

import java.util.List;

/**
 * Two runs compared: every row, and the warnings about what could not be checked.
 *
 * @param baseline the earlier (reference) run
 * @param current the run being judged
 * @param floor the noise floor the rows were judged under
 * @param rows per SLI and statistic, in summary order; then interaction_success and sessions.lost
 * @param warnings e.g. unknown provenance, a run that did not complete; empty when none
 */
public record Comparison(RunSide baseline, RunSide current, NoiseFloor floor, List<Row> rows, List<String> warnings) {

  public Comparison {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  public List<Row> regressions() {
    return rows.stream().filter(r -> r.verdict() == Verdict.REGRESSED).toList();
  }

  public boolean regressed() {
    return !regressions().isEmpty();
  }

  public long count(Verdict verdict) {
    return rows.stream().filter(r -> r.verdict() == verdict).count();
  }
}
