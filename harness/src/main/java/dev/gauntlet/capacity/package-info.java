/**
 * Capacity planning ({@code gauntlet capacity}, docs/capacity.md): a scenario's {@code capacity:}
 * section ({@link CapacityPlan}), the search that steps the load up until a level breaks an
 * objective and then bisects to the last level that held ({@link Search}), and the Universal
 * Scalability Law fit of throughput against concurrency ({@link UslFit}). Running the steps is the
 * {@code run} package's; the result file is {@code analysis.Capacity}.
 */
package dev.gauntlet.capacity;
