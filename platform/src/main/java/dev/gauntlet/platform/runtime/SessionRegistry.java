package dev.gauntlet.platform.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Attached and detached sessions. A detached session is kept for {@code ttl} and re-attached when
 * its id is offered again; beyond {@code maxDetached} the oldest is dropped. Thread-safe.
 */
final class SessionRegistry {

  private final Duration ttl;
  private final int maxDetached;
  private final Consumer<String> log;
  private final Map<String, Session> attached = new HashMap<>();
  private final LinkedHashMap<String, Session> detached = new LinkedHashMap<>();

  SessionRegistry(Duration ttl, int maxDetached, Consumer<String> log) {
    this.ttl = ttl;
    this.maxDetached = maxDetached;
    this.log = log;
  }

  /** What {@link #attach} found: the session, whether it was resumed, and a socket it took over. */
  record Attachment(Session session, boolean resumed, Session takenOver) {}

  /**
   * Re-attaches the session {@code offeredId} names if it is detached (or attached to a socket that
   * has not noticed it is gone: that one is taken over); otherwise attaches a fresh session.
   */
  synchronized Attachment attach(String offeredId, Supplier<Session> fresh) {
    if (offeredId != null) {
      Session s = detached.remove(offeredId);
      if (s != null) {
        attached.put(s.id(), s);
        return new Attachment(s, true, null);
      }
      s = attached.get(offeredId);
      if (s != null) {
        return new Attachment(s, true, s);
      }
    }
    Session s = fresh.get();
    attached.put(s.id(), s);
    return new Attachment(s, false, null);
  }

  /**
   * Moves {@code s} to the detached set when {@code closed} is still its socket (a session taken
   * over by a newer socket stays attached), evicting the oldest detached beyond the cap.
   */
  synchronized boolean detach(Session s, Object closed) {
    if (s.socket() != closed || !attached.remove(s.id(), s)) {
      return false;
    }
    s.unbind();
    detached.put(s.id(), s);
    while (detached.size() > maxDetached) {
      Iterator<Session> oldest = detached.values().iterator();
      Session evicted = oldest.next();
      oldest.remove();
      evicted.cancelRun();
      log.accept("session " + evicted.id() + " evicted (more than " + maxDetached + " detached)");
    }
    return true;
  }

  /** Drops detached sessions older than the ttl; returns how many. */
  synchronized int expire(long nowMillis) {
    int dropped = 0;
    for (Iterator<Session> it = detached.values().iterator(); it.hasNext(); ) {
      Session s = it.next();
      if (nowMillis - s.detachedAtMillis() >= ttl.toMillis()) {
        it.remove();
        s.cancelRun();
        log.accept("session " + s.id() + " expired (detached longer than " + ttl.toMillis() + "ms)");
        dropped++;
      }
    }
    return dropped;
  }

  synchronized List<Session> attachedSessions() {
    return List.copyOf(attached.values());
  }

  synchronized int attachedCount() {
    return attached.size();
  }

  synchronized int detachedCount() {
    return detached.size();
  }
}
