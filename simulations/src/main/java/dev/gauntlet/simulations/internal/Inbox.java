package dev.gauntlet.simulations.internal;

import dev.gauntlet.protocol.codec.ForwardMsgPeek;
import dev.gauntlet.protocol.widgets.WidgetId;
import dev.gauntlet.protocol.widgets.WidgetIdIndex;
import dev.gauntlet.protocol.widgets.WidgetIds;
import io.gatling.http.action.ws.WsInboundMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one virtual user has read from the server, as a browser keeps it: the session id and page
 * hash from {@code new_session}, the widget ids rendered, the ref_hash cache; and whether a fresh
 * {@code new_session} arrived unasked (a gateway failover). MUTABLE: one per virtual user, used
 * only from that user's Gatling actions.
 */
final class Inbox {

  // frames seen by an await's match condition (Gatling buffers only frames that arrive while idle)
  private final Queue<WsInboundMessage> awaited = new ConcurrentLinkedQueue<>();
  private final PeekCache refs = new PeekCache(64);
  // by id, the first sighting kept (as WidgetIdIndex keeps it): every rerun renders the same ids again
  private final Map<String, WidgetId> widgets = new LinkedHashMap<>();
  private WidgetIdIndex widgetIndex = WidgetIdIndex.empty();
  private String sessionId;
  private String pageScriptHash = "";
  private boolean expectNewSession = true;
  private long lastMessageMillis;
  private long firstDeltaMillis;
  private long failoverFromMillis = -1;
  private String failoverFromSessionId;

  /** A failover seen while idle: its gap (ms) and the new session id. */
  /** {@code previousSessionId}: the session the dead pod had, so a fault joins to this user. */
  record Failover(double gapMs, String sessionId, String previousSessionId) {}

  /** Keeps a frame an await looked at (called on Gatling's socket thread). */
  void awaited(byte[] frame) {
    awaited.add(new WsInboundMessage.Binary(System.currentTimeMillis(), frame));
  }

  /**
   * Reads Gatling's idle buffer, then the frames awaits looked at, in order; returns the failovers
   * completed among them.
   */
  List<Failover> absorb(List<WsInboundMessage> idle) {
    List<Failover> done = new ArrayList<>();
    absorb(idle, done);
    List<WsInboundMessage> seen = new ArrayList<>();
    for (WsInboundMessage m = awaited.poll(); m != null; m = awaited.poll()) {
      seen.add(m);
    }
    absorb(seen, done);
    return done;
  }

  private void absorb(List<WsInboundMessage> messages, List<Failover> done) {
    for (WsInboundMessage in : messages) {
      if (!(in instanceof WsInboundMessage.Binary binary)) {
        continue; // text frames are not Streamlit's
      }
      ForwardMsgPeek raw = Frames.peekOrNull(binary.message());
      Optional<ForwardMsgPeek> msg = raw == null ? Optional.empty() : refs.resolve(raw);
      if (msg.isEmpty()) {
        continue; // corrupt, or a ref_hash to a message we never got: skipped as a browser would
      }
      long at = in.timestamp();
      switch (msg.get().kind()) {
        case NEW_SESSION -> onNewSession(msg.get(), at);
        case DELTA -> {
          byte[] element = msg.get().newElement();
          if (element != null) {
            addWidgets(WidgetIds.findInElement(element));
          }
          if (firstDeltaMillis == 0) {
            firstDeltaMillis = at;
          }
        }
        case SCRIPT_FINISHED -> {
          if (failoverFromMillis >= 0) {
            done.add(new Failover(at - failoverFromMillis, sessionId, failoverFromSessionId));
            failoverFromMillis = -1;
          }
        }
        default -> { } // unknown and uninteresting types are skipped, never fatal
      }
      lastMessageMillis = at;
    }
  }

  private void addWidgets(List<WidgetId> found) {
    for (WidgetId w : found) {
      if (widgets.putIfAbsent(w.id(), w) == null) {
        widgetIndex = new WidgetIdIndex(widgets.values());
      }
    }
  }

  private void onNewSession(ForwardMsgPeek msg, long at) {
    String id = msg.sessionId();
    if (sessionId != null && !id.equals(sessionId) && !expectNewSession) {
      failoverFromMillis = lastMessageMillis > 0 ? lastMessageMillis : at;
      failoverFromSessionId = sessionId;
    }
    sessionId = id;
    pageScriptHash = msg.pageScriptHash();
    expectNewSession = false;
  }

  /** A failover whose script_finished was the matched frame of an await; its gap ends then. */
  Optional<Failover> failoverEndingAt(long finishedMillis) {
    if (failoverFromMillis < 0) {
      return Optional.empty();
    }
    Failover f = new Failover(finishedMillis - failoverFromMillis, sessionId, failoverFromSessionId);
    failoverFromMillis = -1;
    return Optional.of(f);
  }

  /** After a reconnect we asked for, a different session id is expected, not a failover. */
  void expectNewSession() {
    expectNewSession = true;
  }

  void noteMessageAt(long millis) {
    lastMessageMillis = millis;
  }

  void resetFirstDelta() {
    firstDeltaMillis = 0;
  }

  long firstDeltaMillis() {
    return firstDeltaMillis;
  }

  WidgetIdIndex widgetIds() {
    return widgetIndex;
  }

  String sessionId() {
    return sessionId;
  }

  String pageScriptHash() {
    return pageScriptHash;
  }
}
