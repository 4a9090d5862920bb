package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One client socket and the upstream behind it. Mutable; every method runs on the client
 * socket's event loop. States: PLACING -> CONNECTING -> OPEN, back to PLACING on failover,
 * CLOSED at the end. OPEN has an upstream attached to {@link #frames}; any other upstream is
 * stale: its frames are dropped.
 */
final class ProxiedSession implements Upstream.Listener {

  private enum State { PLACING, CONNECTING, OPEN, CLOSED }

  private final StreamProxy proxy;
  private final ServerWebSocket client;
  private final String app;
  private final Offer offer;
  private final Optional<String> viewer;
  private State state = State.PLACING;
  private String placementKey;
  private Placement placement;
  private long deadlineNanos;
  private long failoverStartNanos = -1;
  private long placedNanos;
  private final SessionReports reports;
  private final SessionFrames frames;

  ProxiedSession(StreamProxy proxy, ServerWebSocket client, String app, Offer offer, Optional<String> viewer) {
    this.proxy = proxy;
    this.client = client;
    this.app = app;
    this.offer = offer;
    this.viewer = viewer;
    this.reports = new SessionReports(proxy.scheduler);
    this.frames = new SessionFrames(client, proxy.metrics, proxy.config.maxClientFrameBytes(), this::closeClient);
  }

  void start() {
    proxy.metrics.clientOpened();
    client.binaryMessageHandler(this::onClientFrame);
    client.closeHandler(v -> onClientClosed());
    client.exceptionHandler(this::onClientError);
    placementKey = offer.lastSessionId().orElseGet(() -> UUID.randomUUID().toString());
    deadlineNanos = System.nanoTime() + proxy.config.placementDeadline().toNanos();
    place(Optional.empty());
  }

  private void place(Optional<String> failedPodId) {
    state = State.PLACING;
    long askedNanos = System.nanoTime();
    proxy.scheduler.place(app, placementKey, failedPodId, deadlineNanos, viewer).onComplete(ar -> {
      if (ar.succeeded()) {
        placedNanos = System.nanoTime();
        placement = ar.result();
        placementKey = placement.sessionId();
        reports.placed(placement);
        proxy.metrics.placementWait(Duration.ofNanos(System.nanoTime() - askedNanos));
      }
      if (state == State.CLOSED) {
        if (ar.succeeded()) {
          reports.detach(placementKey); // the client left while we were placing it
        }
      } else if (ar.failed()) {
        failed(ar.cause());
      } else {
        // re-attach only on the first connect: after a failover the old runtime session is gone
        // with a viewer, only a runtime session the scheduler holds for this viewer is re-attached: an id the
        // scheduler does not know could still name another viewer's session inside the pod
        Optional<String> reattach = failedPodId.isPresent() ? Optional.empty()
            : viewer.isPresent() ? placement.runtimeSessionId() : placement.runtimeSessionId().or(offer::lastSessionId);
        connect(placement, reattach);
      }
    });
  }

  private void connect(Placement target, Optional<String> reattachId) {
    state = State.CONNECTING;
    Upstream.connect(proxy.vertx, proxy.upstreams, target, offer.upstreamOffer(reattachId),
        proxy.config.upstreamTimeout(), proxy.config.upstreamPingInterval(), this).onComplete(ar -> {
          proxy.metrics.upstreamConnect(ar.succeeded());
          if (state == State.CLOSED) {
            if (ar.succeeded()) {
              ar.result().close();
            }
          } else if (ar.failed()) {
            beginFailover(target.podId(), "cannot connect to pod " + target.podId() + " at "
                + target.endpoint() + ": " + ar.cause().getMessage());
          } else {
            opened(ar.result());
          }
        });
  }

  private void opened(Upstream fresh) {
    state = State.OPEN;
    boolean failingOver = failoverStartNanos >= 0;
    boolean replayed = frames.attach(fresh, failingOver);
    if (failingOver) {
      long now = System.nanoTime();
      Duration took = Duration.ofNanos(now - failoverStartNanos);
      long placing = Math.max(0, placedNanos - failoverStartNanos) / 1_000_000;
      failoverStartNanos = -1;
      proxy.metrics.failover(true, took);
      log("failover to pod " + fresh.placement.podId() + " done in " + took.toMillis() + "ms (placed in "
          + placing + "ms, connected in " + (now - placedNanos) / 1_000_000 + "ms)"
          + (replayed ? ", replaying the last rerun" : ""));
    }
  }

  private void onClientFrame(Buffer frame) {
    if (state != State.CLOSED && !frames.fromClient(frame)) {
      closeClient(new CloseReasons.Close(CloseReasons.INTERNAL_ERROR, "too many frames queued ("
          + frames.queued() + ") while no pod was reachable"));
    }
  }

  /** A frame over the cap is the client's fault: close with its code (1009), not a bare drop. */
  private void onClientError(Throwable e) {
    log("client socket error: " + e.getMessage());
    if (e instanceof io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException bad) {
      closeClient(new CloseReasons.Close((short) bad.closeStatus().code(), bad.getMessage()));
    }
  }

  @Override
  public void onUpstreamFrame(Upstream from, Buffer frame) {
    if (from != frames.upstream() || state != State.OPEN) {
      proxy.metrics.dropped(); // a stale upstream: its session is being served elsewhere
      return;
    }
    lookForNewSession(from, frame);
    frames.toClient(from, frame);
  }

  @Override
  public void onUpstreamRelayed(Upstream from, Buffer payload, long payloadBytes) {
    if (payload != null) {
      lookForNewSession(from, payload);
    }
    proxy.metrics.relayed(false, payloadBytes);
  }

  private void lookForNewSession(Upstream from, Buffer frame) {
    if (!from.sawNewSession) {
      Optional<String> runtimeId = Frames.newSessionId(frame.getBytes());
      if (runtimeId.isPresent()) {
        from.sawNewSession = true;
        reports.runtimeSession(placementKey, runtimeId.get());
      }
    }
  }

  @Override
  public void onUpstreamLost(Upstream lost, String why) {
    if (lost == frames.upstream() && state == State.OPEN) {
      beginFailover(lost.placement.podId(), why);
    }
  }

  private void beginFailover(String failedPodId, String why) {
    frames.detach();
    if (failoverStartNanos < 0) {
      failoverStartNanos = System.nanoTime();
      deadlineNanos = failoverStartNanos + proxy.config.placementDeadline().toNanos();
      log("failover from pod " + failedPodId + " begins: " + why);
    } else {
      log("failover attempt failed: " + why);
    }
    if (System.nanoTime() >= deadlineNanos) {
      failed(new PlacementException(PlacementException.Kind.UNAVAILABLE, why));
      return;
    }
    place(Optional.of(failedPodId));
  }

  private void failed(Throwable cause) {
    boolean failingOver = failoverStartNanos >= 0;
    if (failingOver) {
      proxy.metrics.failover(false, Duration.ofNanos(System.nanoTime() - failoverStartNanos));
    }
    closeClient(CloseReasons.placementFailed(cause, failingOver, proxy.config.placementDeadline()));
  }

  private void closeClient(CloseReasons.Close close) {
    if (state == State.CLOSED) {
      return;
    }
    log("closing client with " + close.code() + ": " + close.reason());
    shutDown();
    client.close(close.code(), close.reason());
  }

  private void onClientClosed() {
    proxy.metrics.clientClosed();
    shutDown();
  }

  private void shutDown() {
    if (state == State.CLOSED) {
      return;
    }
    State was = state;
    state = State.CLOSED;
    frames.clear();
    Upstream attached = frames.detach();
    if (attached != null) {
      attached.close();
    }
    if (placement != null && was != State.PLACING) {
      reports.detach(placementKey); // while PLACING, the answer's handler detaches (see place)
    }
  }

  private void log(String line) {
    ServiceProcess.log("gateway", "session " + placementKey + " app " + app + ": " + line);
  }
}
