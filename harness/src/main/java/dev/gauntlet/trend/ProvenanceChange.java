package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A run whose provenance differs from the run before it in what decides what is measured: the scenario's
 * hash (the scenario file or a file it names changed) or the Gauntlet version. Git commits change every
 * night and are named on each change point instead. Shown beside the change points, never hidden: a level
 * that moves on such a run may be the scenario's change, not the platform's.
 *
 * @param run the first run with the new value
 * @param field {@code scenarioSha256} or {@code gauntletVersion}
 * @param before the previous run's value
 * @param after this run's value
 */
public record ProvenanceChange(Run run, String field, String before, String after) {

  /** The changes along runs in order; a field unknown on either side (an older summary) is no change. */
  static List<ProvenanceChange> along(List<Run> runs) {
    List<ProvenanceChange> changes = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) {
      add(changes, runs.get(i - 1), runs.get(i), "scenarioSha256", r -> r.side().scenarioSha256());
      add(changes, runs.get(i - 1), runs.get(i), "gauntletVersion", r -> r.side().gauntletVersion());
    }
    return changes;
  }

  private static void add(List<ProvenanceChange> changes, Run previous, Run run, String field, Function<Run, String> value) {
    String before = value.apply(previous);
    String after = value.apply(run);
    if (before != null && after != null && !Objects.equals(before, after)) {
      changes.add(new ProvenanceChange(run, field, before, after));
    }
  }
}
