package dev.gauntlet.measure;

import java.util.Map;

/**
 * One steady-state probe's outcome in a {@code steady_state} line.
 *
 * @param value what the probe measured over its window; null when the window had no data (which holds)
 */
public record ProbeReading(String name, Double value, boolean held) {

  Map<String, Object> fields() {
    return Fields.of("name", name, "value", value, "held", held);
  }
}
