package dev.gauntlet.protocol.client.internal;

import dev.gauntlet.protocol.client.PeerClose;
import dev.gauntlet.protocol.client.ReceivedMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Hands each message to the oldest run still taking messages; keeps the rest as unsolicited
 * (bounded). Synchronized: the listener dispatches while callers open runs.
 */
public final class RunRouter {
  static final int MAX_UNSOLICITED = 1024;

  private final Deque<RunCollector> open = new ArrayDeque<>();
  private final List<ReceivedMessage> unsolicited = new ArrayList<>();
  private PeerClose closed;
  private String latestSessionId;

  /** Opens the collector for a rerun about to be sent. */
  public synchronized RunCollector open(int number, long sentNanos) {
    RunCollector run = new RunCollector(number, sentNanos);
    if (closed != null) {
      run.closed(closed);
    } else {
      open.addLast(run);
    }
    return run;
  }

  public synchronized void dispatch(ReceivedMessage msg) {
    if (msg.message().hasNewSession()) {
      latestSessionId = msg.message().getNewSession().getInitialize().getSessionId();
    }
    while (!open.isEmpty()) {
      RunCollector run = open.peekFirst();
      boolean taken = run.offer(msg);
      if (run.isSealed()) {
        open.pollFirst();
      }
      if (taken) {
        return;
      }
    }
    if (unsolicited.size() < MAX_UNSOLICITED) {
      unsolicited.add(msg);
    }
  }

  /** The socket is gone: every open run learns how it closed. */
  public synchronized void closed(PeerClose close) {
    closed = close;
    open.forEach(run -> run.closed(close));
    open.clear();
  }

  public synchronized Optional<PeerClose> closeSeen() {
    return Optional.ofNullable(closed);
  }

  /** The session id of the latest {@code new_session} routed. */
  public synchronized Optional<String> latestSessionId() {
    return Optional.ofNullable(latestSessionId);
  }

  public synchronized List<ReceivedMessage> unsolicited() {
    return List.copyOf(unsolicited);
  }
}
