package dev.gauntlet.platform.runtime;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Every ping interval: pings each attached socket, drops a peer silent for the ping timeout
 * (its session becomes detached), and expires detached sessions past their ttl.
 */
final class Liveness {

  private static final Buffer PING = Buffer.buffer("gauntlet");

  private Liveness() {}

  static long start(Vertx vertx, SessionRegistry registry, Duration interval, Duration timeout,
      Consumer<String> log) {
    return vertx.setPeriodic(Math.max(1, interval.toMillis()), t -> {
      long now = System.nanoTime();
      for (Session s : registry.attachedSessions()) {
        ServerWebSocket ws = s.socket();
        if (ws == null || ws.isClosed()) {
          continue;
        }
        if (s.silentNanos(now) > timeout.toNanos()) {
          log.accept("session " + s.id() + " answered no ping for " + timeout.toMillis() + "ms; dropped");
          ws.close((short) 1001, "ping timeout");
        } else {
          ws.writePing(PING);
        }
      }
      registry.expire(System.currentTimeMillis());
    });
  }
}
