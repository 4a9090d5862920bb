/**
 * What a run measured, as files: the append-only journal of timestamped events (the source of
 * truth, docs/run.md) and HdrHistogram interval logs per SLI under {@code histograms/}.
 */
package dev.gauntlet.measure;
