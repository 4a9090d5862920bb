package dev.gauntlet.platform.scheduler;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds every {@code /v1/*} call while a (re)started scheduler re-adopts its pods: until then its
 * lists are incomplete, and an empty {@code GET /v1/pods} would read as "no pods" (docs/platform.md,
 * "Recovery").
 */
final class RecoveryGate {

  /** How long a client should wait before asking again; recovery takes about one health probe. */
  static final long RETRY_AFTER_MILLIS = 200;

  private final Scheduler scheduler;

  RecoveryGate(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Passes the call on once recovered; else 503 {@code {"status": "recovering" | "failed", "error", ...}}. */
  void handle(RoutingContext ctx) {
    if (scheduler.recovered()) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("Retry-After", "1");
    SchedulerApi.json(ctx, 503, body());
  }

  Map<String, Object> body() {
    Map<String, Object> m = new LinkedHashMap<>();
    String failure = scheduler.recoveryFailure();
    if (failure != null) {
      m.put("status", "failed");
      m.put("error", failure + "; fix the state dir and restart the scheduler");
    } else {
      m.put("status", "recovering");
      m.put("error", "the scheduler is re-adopting the pods in its state dir; retry after "
          + RETRY_AFTER_MILLIS + " ms");
      m.put("retryAfterMillis", RETRY_AFTER_MILLIS);
    }
    return m;
  }

  /** {@code /readyz}'s text: ready once recovered. */
  String readiness() {
    String failure = scheduler.recoveryFailure();
    return scheduler.recovered() ? "ok" : failure != null ? failure : "recovering state";
  }
}
