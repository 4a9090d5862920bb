package dev.gauntlet.platform.gateway;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What one session tells the scheduler once placed: the runtime's session id and, at the end,
 * detach. Sent in order, in the background, retried by {@link SchedulerClient#report}: frames
 * never wait for them. Mutable, owned by one session on its event loop.
 */
final class SessionReports {

  private final SchedulerClient scheduler;
  private Future<Void> chain = Future.succeededFuture();
  private String knownRuntimeId;

  SessionReports(SchedulerClient scheduler) {
    this.scheduler = scheduler;
  }

  /** A new placement: the scheduler already knows the runtime id it carries. */
  void placed(Placement placement) {
    knownRuntimeId = placement.runtimeSessionId().orElse(null);
  }

  /** Reports {@code runtimeId} unless the scheduler already has it for this placement. */
  void runtimeSession(String placementKey, String runtimeId) {
    if (runtimeId.equals(knownRuntimeId)) {
      return;
    }
    knownRuntimeId = runtimeId;
    JsonObject body = new JsonObject().put("runtimeSessionId", runtimeId);
    String path = path(placementKey) + "/runtime-session";
    chain = chain.transform(ar -> scheduler.report(HttpMethod.PUT, path, body));
  }

  void detach(String placementKey) {
    String path = path(placementKey) + "/detach";
    chain = chain.transform(ar -> scheduler.report(HttpMethod.POST, path, new JsonObject()));
  }

  static String path(String placementKey) {
    return "/v1/placements/" + URLEncoder.encode(placementKey, StandardCharsets.UTF_8);
  }
}
