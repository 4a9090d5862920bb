package dev.gauntlet.platform.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.function.Consumer;

/**
 * A session's frames, both ways. While a pod socket is attached, binary frames are relayed as
 * bytes between the two sockets' {@link FrameRelay}s; the client's relay taps here, as every
 * client frame is looked at (the last rerun is what a failover replays). Frames the relays leave
 * to Vert.x arrive here decoded; without a pod, client frames wait in a bounded queue. Mutable;
 * on the client socket's event loop.
 */
final class SessionFrames implements FrameRelay.Tap {

  private final ServerWebSocket client;
  private final GatewayMetrics metrics;
  private final BatchedWrites toClient;
  private final FrameRelay clientRelay; // null where the client socket cannot relay bytes
  private final PendingFrames pending = new PendingFrames();
  private final int maxClientFrameBytes;
  private final Consumer<CloseReasons.Close> refuse;
  private Upstream upstream;
  private Buffer lastRerun;

  /** Call on the client socket's event loop, before it read a frame. */
  SessionFrames(ServerWebSocket client, GatewayMetrics metrics, int maxClientFrameBytes,
      Consumer<CloseReasons.Close> refuse) {
    this.client = client;
    this.maxClientFrameBytes = maxClientFrameBytes;
    this.refuse = refuse;
    this.metrics = metrics;
    this.toClient = new BatchedWrites(client);
    this.clientRelay = FrameRelays.install(client, true, maxClientFrameBytes, this).orElse(null);
  }

  /** The attached pod socket, or null. */
  Upstream upstream() {
    return upstream;
  }

  /** A decoded client frame: to the pod, or queued; false when the queue is full. */
  boolean fromClient(Buffer frame) {
    boolean rerun = Frames.isRerun(frame);
    if (rerun) {
      lastRerun = frame.copy();
    }
    if (upstream != null) {
      toUpstream(frame);
      return true;
    }
    return pending.offer(frame.copy(), rerun);
  }

  int queued() {
    return pending.size();
  }

  @Override
  public boolean wantsPayload() {
    return true;
  }

  @Override
  public boolean refused(long payloadBytes) {
    refuse.accept(new CloseReasons.Close(CloseReasons.MESSAGE_TOO_BIG, "a frame of " + payloadBytes
        + " bytes is over the gateway's --max-client-frame-bytes " + maxClientFrameBytes));
    return true;
  }

  @Override
  public void relayed(Buffer payload, long payloadBytes) {
    if (Frames.isRerun(payload)) {
      lastRerun = payload; // the relay's own unmasked copy
    }
    metrics.relayed(true, payloadBytes);
  }

  /**
   * Attaches a fresh pod socket: with {@code replay}, the last rerun first (unless a queued frame
   * is a newer one), then the queue, then relaying. True when it replayed.
   */
  boolean attach(Upstream fresh, boolean replay) {
    upstream = fresh;
    boolean replaying = replay && lastRerun != null && !pending.hasRerun();
    if (replaying) {
      toUpstream(lastRerun);
    }
    pending.drainTo(this::toUpstream);
    if (clientRelay != null && fresh.relay != null) {
      FrameRelays.pair(clientRelay, fresh.relay); // after the writes above, on the same loop: in order
    }
    return replaying;
  }

  /** Detaches the pod socket (gone or going): client frames queue again, its frames are dropped. */
  Upstream detach() {
    Upstream was = upstream;
    if (clientRelay != null && was != null && was.relay != null) {
      FrameRelays.unpair(clientRelay, was.relay);
    }
    upstream = null;
    return was;
  }

  void clear() {
    pending.clear();
  }

  /** A decoded frame from the attached pod. */
  void toClient(Upstream from, Buffer frame) {
    metrics.proxied(false, frame.length());
    toClient.write(frame);
    if (client.writeQueueFull()) {
      from.pause(); // a slow client slows its pod's socket, not the gateway's heap
      client.drainHandler(v -> from.resume());
    }
  }

  private void toUpstream(Buffer frame) {
    metrics.proxied(true, frame.length());
    upstream.send(frame);
  }
}
