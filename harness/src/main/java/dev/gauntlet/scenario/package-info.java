/**
 * Scenario files: what a run deploys ({@code target}: local processes or an external URL) and,
 * in later issues, the load and chaos it applies. {@link dev.gauntlet.scenario.Scenarios#load}
 * reads and validates a file; every error is a {@link dev.gauntlet.yaml.ScenarioException}
 * naming the file, line and field, with a "did you mean" for typos.
 */
package dev.gauntlet.scenario;
