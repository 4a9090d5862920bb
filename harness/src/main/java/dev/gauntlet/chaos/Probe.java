package dev.gauntlet.chaos;

import java.time.Duration;
import java.util.List;

/**
 * A steady-state probe over the journal's last {@code window}: holds when its value is
 * {@code below} (strictly), {@code atLeast} or {@code atMost} the bound. No data in the window holds.
 */
public record Probe(String name, String probe, Duration window, String comparison, double bound, int line) {

  public static final List<String> PROBES =
      List.of("ttfr_p95_ms", "rerun_p95_ms", "interaction_success_pct", "lost_sessions");
  public static final List<String> COMPARISONS = List.of("below", "atLeast", "atMost");

  public boolean holds(Double value) {
    if (value == null) {
      return true;
    }
    return switch (comparison) {
      case "below" -> value < bound;
      case "atLeast" -> value >= bound;
      default -> value <= bound;
    };
  }
}
