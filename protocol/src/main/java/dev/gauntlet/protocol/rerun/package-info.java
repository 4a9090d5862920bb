/**
 * Building the {@code rerun_script} messages a client sends: the first run
 * ({@link dev.gauntlet.protocol.rerun.Reruns#first}), and widget interactions, which carry the
 * FULL current widget state ({@link dev.gauntlet.protocol.rerun.WidgetStateBook}) made of values
 * by widget kind ({@link dev.gauntlet.protocol.rerun.WidgetValues}), each in the slot the kind's
 * value travels in (see {@link dev.gauntlet.protocol.widgets.WidgetKind}).
 */
package dev.gauntlet.protocol.rerun;
