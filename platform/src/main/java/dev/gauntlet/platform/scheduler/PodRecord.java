package dev.gauntlet.platform.scheduler;

/**
 * A pod as written to {@code DIR/pods/<id>.json}: enough to find and trust it after a restart.
 *
 * @param readyAt epoch ms, or null while starting
 * @param containerId the pod's Docker container (the docker driver adopts by it); null for a process
 */
public record PodRecord(String id, String app, long pid, long pidStartedAt, String endpoint, long createdAt,
    Long readyAt, String containerId) {}
