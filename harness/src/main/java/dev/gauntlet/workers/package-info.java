/**
 * Load beyond one JVM (docs/workers.md): a run's load split into shards, each driven by a worker
 * process (on this machine, or as an Indexed Job's pods on Kubernetes) that the coordinating run
 * starts together through a start barrier, tells to stop when an objective or the target watch asks,
 * and whose journal it merges live so progress, watches and probes see the whole load.
 */
package dev.gauntlet.workers;
