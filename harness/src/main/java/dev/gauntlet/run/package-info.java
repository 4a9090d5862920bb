/**
 * One run from start to end ({@code gauntlet run}): its id and directory, the target brought up
 * and down, the plan handed to the load driver, the scheduler snapshots and the live progress
 * line taken while it runs, and the summary written at its end, also when it fails or is
 * interrupted.
 */
package dev.gauntlet.run;
