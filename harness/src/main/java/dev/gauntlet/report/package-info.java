/**
 * What a run left, read back: the journal (one JSON event a line, a killed run's truncated last
 * line tolerated), the scheduler's placements snapshot (cold or warm per runtime session), and
 * the {@link dev.gauntlet.report.Summary} computed from them by
 * {@link dev.gauntlet.report.SummaryCalculator} under docs/run.md's rules, written as
 * {@code summary.json} and printed as a table. Every number comes from the journal. Chaos runs add
 * docs/chaos.md's per-fault join ({@link dev.gauntlet.report.FaultAnalysis}: fault lines, placements
 * and the scheduler's events.json), pod cold starts and each experiment's steady-state verdict.
 */
package dev.gauntlet.report;
