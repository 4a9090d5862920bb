/**
 * {@code gauntlet compare}: two runs' summary.json side by side. For each SLI and statistic the
 * current run is {@link dev.gauntlet.compare.Verdict improved, regressed, within noise or without
 * data} against the baseline, under a {@link dev.gauntlet.compare.NoiseFloor} (a change is noise
 * when it is small in absolute terms or relative to the baseline). Summaries are read as JSON
 * trees, not as {@link dev.gauntlet.analysis.Summary}, so a summary written by an older or newer
 * Gauntlet (fields missing or added) still compares: what one side lacks is "no data", missing
 * provenance is a warning. Runs of different scenarios (their provenance hashes differ) are refused
 * unless asked for, so like is compared with like.
 */
package dev.gauntlet.compare;
