package dev.gauntlet.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A runtime pod as the scheduler reports it ({@code GET /v1/pods}).
 *
 * @param state {@code starting | ready | unhealthy | terminating}
 * @param sessions attached placements on the pod
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pod(String id, String app, String state, long pid, String endpoint, int sessions) {}
