/**
 * One run from start to end ({@code gauntlet run}): its id and directory, the target brought up
 * and down, the plan handed to the load driver, the scheduler snapshots, the live progress line
 * and the watches (abortOnFail, a failing target) kept while it runs, and the summary written at
 * its end, also when it fails or is interrupted.
 */
package dev.gauntlet.run;
