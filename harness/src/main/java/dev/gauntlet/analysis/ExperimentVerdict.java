package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An experiment's steady-state verdict, from its {@code experiment_ended} journal line.
 *
 * @param steadyState {@code held} or {@code deviated}
 * @param deviatedAt epoch ms of the first deviation, null when it held
 * @param endedAt the {@code experiment_ended} line's instant, epoch ms
 */
@JsonPropertyOrder({"name", "steadyState", "deviatedAt", "endedAt"})
public record ExperimentVerdict(String name, String steadyState, Long deviatedAt, long endedAt) {}
