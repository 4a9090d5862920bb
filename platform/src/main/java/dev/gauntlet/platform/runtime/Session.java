package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.ForwardMsg;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One browser session: its id, widget values, heap ballast and current run, attached to a socket
 * or detached awaiting a reconnect. Mutable; run state is touched only on the socket's event loop,
 * the socket and liveness fields are read by the pinger on other threads.
 */
final class Session {

  private final String id;
  private final WidgetValues values = new WidgetValues();
  private final byte[] ballast;
  private final RuntimeMetrics metrics;
  private volatile ServerWebSocket socket;
  private volatile long lastSeenNanos = System.nanoTime();
  private volatile long detachedAtMillis;
  private volatile Run run;

  Session(String id, long memoryBytes, RuntimeMetrics metrics) {
    this.id = id;
    this.ballast = new byte[(int) Math.min(memoryBytes, Integer.MAX_VALUE - 16)];
    // touch every page once so the heap really holds it
    for (int i = 0; i < ballast.length; i += 4096) {
      ballast[i] = 1;
    }
    this.metrics = metrics;
  }

  String id() {
    return id;
  }

  WidgetValues values() {
    return values;
  }

  ServerWebSocket socket() {
    return socket;
  }

  void bind(ServerWebSocket ws) {
    socket = ws;
    lastSeenNanos = System.nanoTime();
  }

  void unbind() {
    socket = null;
    detachedAtMillis = System.currentTimeMillis();
  }

  long detachedAtMillis() {
    return detachedAtMillis;
  }

  void touch() {
    lastSeenNanos = System.nanoTime();
  }

  long silentNanos(long nowNanos) {
    return nowNanos - lastSeenNanos;
  }

  Run run() {
    return run;
  }

  void run(Run next) {
    run = next;
  }

  /** Stops a run's remaining work: the session is gone for good. */
  void cancelRun() {
    Run current = run;
    if (current != null) {
      current.cancelled().set(true);
    }
  }

  /** Writes to the socket if there is one; a detached session's messages are dropped. */
  void send(ForwardMsg msg) {
    ServerWebSocket ws = socket;
    if (ws != null && !ws.isClosed()) {
      byte[] bytes = msg.toByteArray();
      ws.writeBinaryMessage(Buffer.buffer(bytes));
      metrics.bytesSent(bytes.length);
    }
  }

  /** A run in progress; {@code cancelled} is read by the worker burning its CPU cost. */
  record Run(ScriptRun script, AtomicBoolean cancelled, long startNanos) {
    Run(ScriptRun script) {
      this(script, new AtomicBoolean(), System.nanoTime());
    }
  }
}
