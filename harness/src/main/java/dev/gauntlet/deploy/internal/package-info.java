/**
 * How the local deployment works: launching platform processes with their output in log files,
 * waiting for /readyz and warm pools, supervising with kubelet-like back-off, and the process
 * registry and reaper that make sure nothing outlives a run (by pid + start instant + command
 * marker, never by name). The docker kind reuses all of it with components started as containers
 * ({@code ContainerSpawn}) of an image built here ({@code PlatformImage}), faults through the
 * Docker API ({@code DockerTargets}) and containers removed by label ({@code ContainerReaper}).
 */
package dev.gauntlet.deploy.internal;
