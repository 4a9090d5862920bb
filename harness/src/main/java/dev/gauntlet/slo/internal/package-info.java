/**
 * What {@link dev.gauntlet.slo} keeps to itself: the SLI catalogue, the objective grammar, the
 * {@code slos:} section and include files, {@code slos.json}, and the journal read into samples
 * classified by app and by fault window.
 */
package dev.gauntlet.slo.internal;
