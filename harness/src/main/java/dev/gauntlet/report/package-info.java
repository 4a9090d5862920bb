/**
 * Renders what {@code analysis} computed and {@code slo} judged, and computes nothing of its own:
 * the terminal tables (summary, verdicts, chaos), {@code junit.xml} and the self-contained
 * {@code index.html}.
 */
package dev.gauntlet.report;
