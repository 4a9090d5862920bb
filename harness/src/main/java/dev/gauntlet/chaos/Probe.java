package dev.gauntlet.chaos;

import dev.gauntlet.slo.Objective;
import java.time.Duration;

/**
 * A steady-state probe: an objective in the objectives' grammar ({@code ttfr_ms p95 < 2000}, docs/slo.md)
 * judged over the journal's last {@code window}, with the same histograms as the summary. A window
 * with no data holds.
 */
public record Probe(String name, Objective objective, Duration window, int line) {}
