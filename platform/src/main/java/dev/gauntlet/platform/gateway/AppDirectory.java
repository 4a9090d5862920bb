package dev.gauntlet.platform.gateway;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Set;

/**
 * Which apps exist, from the scheduler's {@code GET /v1/apps}, cached so health checks do not
 * load the scheduler and survive its outages for apps already seen. Mutable; used on one
 * event loop at a time (Vert.x serializes each connection's handlers, and fields are volatile
 * for the rest).
 */
final class AppDirectory {

  /** A known app is re-checked this often. */
  static final Duration FRESH = Duration.ofSeconds(2);
  /** An unknown app does not refresh the list more often than this. */
  static final Duration MISS_REFRESH = Duration.ofMillis(250);

  enum Answer { KNOWN, UNKNOWN, SCHEDULER_UNREACHABLE }

  private final SchedulerClient scheduler;
  private volatile Set<String> apps = Set.of();
  private volatile long fetchedNanos = System.nanoTime() - Duration.ofHours(1).toNanos();
  private volatile Future<Set<String>> inFlight;

  AppDirectory(SchedulerClient scheduler) {
    this.scheduler = scheduler;
  }

  Future<Answer> lookup(String app) {
    long age = System.nanoTime() - fetchedNanos;
    boolean known = apps.contains(app);
    if ((known && age < FRESH.toNanos()) || (!known && age < MISS_REFRESH.toNanos())) {
      return Future.succeededFuture(known ? Answer.KNOWN : Answer.UNKNOWN);
    }
    return refresh().transform(ar -> {
      if (ar.succeeded()) {
        return Future.succeededFuture(ar.result().contains(app) ? Answer.KNOWN : Answer.UNKNOWN);
      }
      // an unreachable scheduler does not fail health for apps it named before (docs/platform.md)
      return Future.succeededFuture(known ? Answer.KNOWN : Answer.SCHEDULER_UNREACHABLE);
    });
  }

  private synchronized Future<Set<String>> refresh() {
    Future<Set<String>> current = inFlight;
    if (current != null && !current.isComplete()) {
      return current;
    }
    Future<Set<String>> next = scheduler.apps().onSuccess(names -> {
      apps = Set.copyOf(names);
      fetchedNanos = System.nanoTime();
    });
    inFlight = next;
    return next;
  }
}
