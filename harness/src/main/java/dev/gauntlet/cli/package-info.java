/**
 * The {@code gauntlet} command line (picocli): {@code run}, {@code summarize}, {@code up},
 * {@code down}, {@code validate}. Errors print one line naming the input and the fix and exit 2;
 * stack traces only with --verbose or GAUNTLET_DEBUG=1.
 */
package dev.gauntlet.cli;
