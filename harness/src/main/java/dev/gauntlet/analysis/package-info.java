/**
 * What a run's files mean: the journal's events, the scheduler's placements and events read into
 * the summary (sessions, interactions, SLI statistics), each fault's affected sessions and recovery,
 * and pod cold starts. It computes and renders nothing: {@code slo} judges, {@code report} draws.
 */
package dev.gauntlet.analysis;
