package dev.gauntlet.platform.gateway;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Optional;

/**
 * The scheduler's answer to {@code POST /v1/placements}.
 *
 * @param sessionId the placement's key for later calls (runtime-session, detach)
 * @param podId the runtime pod chosen
 * @param endpoint the pod's base URL, {@code http://127.0.0.1:PORT}
 * @param runtimeSessionId the runtime's own session id when the placement had one (re-attach)
 */
record Placement(String sessionId, String app, String podId, URI endpoint, boolean cold,
    long waitMillis, Optional<String> runtimeSessionId) {

  static Placement fromJson(JsonObject json) {
    String endpoint = json.getString("endpoint");
    if (endpoint == null || json.getString("podId") == null || json.getString("sessionId") == null) {
      throw new IllegalArgumentException(
          "placement answer lacks sessionId, podId or endpoint: " + json.encode());
    }
    String runtimeId = json.getString("runtimeSessionId");
    return new Placement(
        json.getString("sessionId"),
        json.getString("app", ""),
        json.getString("podId"),
        URI.create(endpoint),
        json.getBoolean("cold", false),
        json.getLong("waitMillis", 0L),
        runtimeId == null || runtimeId.isEmpty() ? Optional.empty() : Optional.of(runtimeId));
  }
}
