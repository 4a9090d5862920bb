/**
 * {@code gauntlet trend}: the history of a scenario's runs (nightlies) and where it changed. The runs'
 * summary.json files are read as {@code compare} reads them ({@link dev.gauntlet.compare.SummaryFiles}),
 * ordered by start time and grouped by scenario; every statistic they carry (each latency SLI's p50, p95
 * and p99, interaction_success, sessions lost and failed, a capacity search's figures) becomes a
 * {@link dev.gauntlet.trend.Series}, in which {@link dev.gauntlet.trend.EDivisive} (E-Divisive Means with
 * a permutation test) finds the change points: the runs where a new level starts, named with their git
 * commit and whether the statistic regressed or improved (its worse direction comes from the SLI
 * catalog's kind, {@link dev.gauntlet.measure.SliKind}). Provenance changes (the scenario's hash, the
 * Gauntlet version) are listed beside them. {@link dev.gauntlet.trend.TrendGate} judges the newest run
 * against the runs since the last change point ({@link dev.gauntlet.trend.GateRule}: median and robust
 * spread). The results are written as a terminal table, JSON, junit.xml and a self-contained trend.html
 * (drawn with the report's page and chart pieces, {@link dev.gauntlet.report.html}). Nothing here starts a
 * process or stores anything beyond those files.
 */
package dev.gauntlet.trend;
