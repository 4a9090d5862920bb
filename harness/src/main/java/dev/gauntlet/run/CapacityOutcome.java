package dev.gauntlet.run;

import dev.gauntlet.analysis.Capacity;
import java.util.Optional;

/**
 * How a capacity search ended: the run (its directory, summary and status) and what the search
 * found, absent when it ended before its last step (an error, Ctrl-C).
 */
public record CapacityOutcome(RunOutcome run, Capacity capacity) {

  public Optional<Capacity> found() {
    return Optional.ofNullable(capacity);
  }
}
