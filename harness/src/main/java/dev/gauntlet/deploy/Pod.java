package dev.gauntlet.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A runtime pod as the scheduler reports it ({@code GET /v1/pods}).
 *
 * @param state {@code starting | ready | unhealthy | terminating}
 * @param sessions attached placements on the pod
 * @param containerId the pod's Docker container (docker kind); null for a process
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pod(String id, String app, String state, long pid, String endpoint, int sessions, String containerId) {

  /** A pod that is a local process. */
  public Pod(String id, String app, String state, long pid, String endpoint, int sessions) {
    this(id, app, state, pid, endpoint, sessions, null);
  }
}
