/**
 * How the local deployment works: launching platform processes with their output in log files,
 * waiting for /readyz and warm pools, supervising with kubelet-like back-off, and the process
 * registry and reaper that make sure nothing outlives a run (by pid + start instant + command
 * marker, never by name).
 */
package dev.gauntlet.deploy.internal;
