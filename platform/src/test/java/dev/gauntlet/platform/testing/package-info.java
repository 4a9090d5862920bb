/** Test fixtures shared by the platform's integration tests: its services as real processes. */
package dev.gauntlet.platform.testing;
