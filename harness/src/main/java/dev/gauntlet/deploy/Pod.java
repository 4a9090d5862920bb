package dev.gauntlet.deploy;

/**
 * A runtime pod as the scheduler reports it.
 *
 * @param state {@code starting | ready | unhealthy | terminating}
 * @param sessions attached placements on the pod
 */
public record Pod(String id, String app, String state, long pid, String endpoint, int sessions) {}
