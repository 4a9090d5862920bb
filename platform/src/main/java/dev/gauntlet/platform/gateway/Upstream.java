package dev.gauntlet.platform.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.List;

/**
 * One socket to a runtime pod's {@code /_stcore/stream}. Pings it every interval unless it was
 * heard from within half of one, and reports it lost, once, when it closes unasked, fails, or is
 * silent (no frame, no pong) for the timeout. Its {@link FrameRelay} taps here.
 */
final class Upstream implements FrameRelay.Tap {

  /** What a session hears from its upstream; calls come on the session's event loop. */
  interface Listener {
    /** A frame that came through Vert.x's decoder (not relayed as bytes). */
    void onUpstreamFrame(Upstream upstream, Buffer frame);

    /** A frame relayed to the client as bytes; {@code payload} only while no new_session was seen. */
    void onUpstreamRelayed(Upstream upstream, Buffer payload, long payloadBytes);

    void onUpstreamLost(Upstream upstream, String why);
  }

  private static final Buffer PING = Buffer.buffer("gw");

  final Placement placement;
  private final Vertx vertx;
  private final WebSocket socket;
  private final Listener listener;
  private final Duration timeout;
  private final BatchedWrites writes;
  /** In front of this socket's decoder; null where bytes cannot be relayed (see {@link FrameRelays}). */
  FrameRelay relay;
  private long lastHeardNanos = System.nanoTime();
  private long pingTimer = -1;
  private boolean done;
  boolean sawNewSession;

  private Upstream(Vertx vertx, Placement placement, WebSocket socket, Listener listener, Duration timeout) {
    this.vertx = vertx;
    this.placement = placement;
    this.socket = socket;
    this.listener = listener;
    this.timeout = timeout;
    this.writes = new BatchedWrites(socket); // straight into the pipeline: in order with relayed bytes
  }

  static Future<Upstream> connect(Vertx vertx, WebSocketClient client, Placement placement,
      List<String> subprotocols, Duration timeout, Duration pingInterval, Listener listener) {
    String origin = placement.endpoint().getScheme() + "://" + placement.endpoint().getAuthority();
    WebSocketConnectOptions options = new WebSocketConnectOptions()
        .setHost(placement.endpoint().getHost())
        .setPort(placement.endpoint().getPort())
        .setURI("/_stcore/stream")
        .setSubProtocols(subprotocols)
        .setConnectTimeout(timeout.toMillis())
        .addHeader("Origin", origin);
    return client.connect(options).map(ws -> {
      Upstream upstream = new Upstream(vertx, placement, ws, listener, timeout);
      upstream.wire(pingInterval);
      return upstream;
    });
  }

  private void wire(Duration pingInterval) {
    relay = FrameRelays.install(socket, false, StreamProxy.MAX_MESSAGE_BYTES, this).orElse(null);
    socket.binaryMessageHandler(frame -> {
      lastHeardNanos = System.nanoTime();
      if (!done) {
        listener.onUpstreamFrame(this, frame);
      }
    });
    socket.pongHandler(pong -> lastHeardNanos = System.nanoTime());
    socket.closeHandler(v -> lost("upstream " + placement.podId() + " closed (code "
        + socket.closeStatusCode() + (socket.closeReason() == null ? "" : " " + socket.closeReason()) + ")"));
    socket.exceptionHandler(e -> lost("upstream " + placement.podId() + " failed: " + e.getMessage()));
    pingTimer = vertx.setPeriodic(pingInterval.toMillis(), id -> {
      long quietNanos = System.nanoTime() - lastHeardNanos;
      if (quietNanos > timeout.toNanos()) {
        lost("upstream " + placement.podId() + " answered no ping for " + timeout.toMillis() + "ms");
      } else if (quietNanos >= pingInterval.toNanos() / 2) {
        socket.writePing(PING); // a pod that just sent frames is alive: 1,000 busy sessions need no 1,000 pings a second
      }
    });
  }

  void send(Buffer frame) {
    if (!done) {
      writes.write(frame);
    }
  }

  @Override
  public boolean wantsPayload() {
    return !sawNewSession;
  }

  @Override
  public void relayed(Buffer payload, long payloadBytes) {
    if (!done) {
      listener.onUpstreamRelayed(this, payload, payloadBytes);
    }
  }

  @Override
  public void heard() {
    lastHeardNanos = System.nanoTime(); // every byte from the pod, relayed or decoded, proves it alive
  }

  void pause() {
    socket.pause();
  }

  void resume() {
    socket.resume();
  }

  /** Closes on purpose: the listener hears nothing more from this socket. */
  void close() {
    if (!done) {
      done = true;
      vertx.cancelTimer(pingTimer);
      socket.close();
    }
  }

  private void lost(String why) {
    if (!done) {
      done = true;
      vertx.cancelTimer(pingTimer);
      socket.close(); // a frozen pod that thaws must not serve this session a second time
      listener.onUpstreamLost(this, why);
    }
  }
}
