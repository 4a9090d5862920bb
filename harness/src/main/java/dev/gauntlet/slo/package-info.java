/**
 * Service level objectives: a scenario's {@code slos:} section (and the files it includes) parsed
 * into {@link dev.gauntlet.slo.Objective}s, kept in a run directory's {@code slos.json}, and judged
 * against the journal by {@link dev.gauntlet.slo.SloEvaluator} (scopes run, steady and fault
 * windows; error budgets and burn rates for ratios). {@link dev.gauntlet.slo.AbortCheck} tells a
 * running load when an {@code abortOnFail} objective can no longer be met. docs/slo.md.
 */
package dev.gauntlet.slo;
