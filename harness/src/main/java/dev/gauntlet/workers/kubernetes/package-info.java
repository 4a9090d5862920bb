/**
 * A split run's workers on Kubernetes (docs/workers.md, "Workers on Kubernetes"): an Indexed Job of
 * the harness image whose pods each run one shard and upload their results to the coordinator, a
 * config map carrying the plan, both watched through the run and deleted at its end.
 */
package dev.gauntlet.workers.kubernetes;
