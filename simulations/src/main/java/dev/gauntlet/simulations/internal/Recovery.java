package dev.gauntlet.simulations.internal;

import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Sli;
import io.gatling.javaapi.core.Session;
import java.time.Duration;

/**
 * A dropped socket, handled as the browser does: re-check health, back off (100 ms doubling to
 * 2 s), re-open on the next entry point offering the last session id, re-send the run that was in
 * flight; {@code socket_recovered} when a good run lands, {@code session_lost} past the recovery
 * deadline. MUTABLE: part of one {@link Browser}.
 */
final class Recovery {

  /** What a browser sees when the peer vanishes without a close frame. */
  private static final int ABNORMAL_CLOSURE = 1006;

  private final Browser b;
  private boolean recovering;
  private boolean lost;
  private long dropAtMicros;
  private int attempts;

  Recovery(Browser b) {
    this.b = b;
  }

  void dropped(boolean inFlight) {
    recovering = true;
    attempts = 0;
    dropAtMicros = Frames.nowMicros();
    b.run.journal().write(new JournalEvent.SocketDropped(System.currentTimeMillis(),
        b.vu, b.app.name(), ABNORMAL_CLOSURE,
        "socket closed while a run was awaited at " + b.streamUrl(), inFlight));
  }

  boolean needed() {
    return recovering;
  }

  /** Still trying: not recovered and within the recovery deadline (else journals session_lost). */
  boolean trying() {
    if (!recovering) {
      return false;
    }
    double gapMs = (Frames.nowMicros() - dropAtMicros) / 1000.0;
    if (gapMs > b.run.plan().recoveryDeadlineMillis()) {
      recovering = false;
      lost = true;
      b.run.journal().write(new JournalEvent.SessionLost(System.currentTimeMillis(), b.vu, b.app.name(),
          "no good run within " + b.run.plan().recoveryDeadlineMillis() + " ms of the drop, " + attempts + " attempts"));
      return false;
    }
    return true;
  }

  Session nextAttempt(Session s) {
    attempts++;
    b.nextConnection();
    return s.markAsSucceeded();
  }

  Duration backoff() {
    return b.choices.backoff(attempts);
  }

  /** After health and the socket: a failed step leaves the user trying. */
  Session afterConnect(Session s) {
    if (!s.isFailed() && !b.interactions.inFlight()) {
      recovered(Frames.nowMicros());
    }
    return s.markAsSucceeded();
  }

  boolean resendNeeded(Session s) {
    return recovering && !s.isFailed() && b.interactions.inFlight();
  }

  /** After the re-sent run's await: a good script_finished ends the recovery. */
  Session afterResend(Session s) {
    if (b.outcome() != Browser.Outcome.OK) {
      return s; // dropped again or too slow: try again while the deadline allows
    }
    recovered(b.finishedAtMicros());
    if (b.firstRenderDone()) {
      b.interactions.finish(Browser.Outcome.OK);
    } else {
      b.completeFirstRender(s);
    }
    return s;
  }

  private void recovered(long atMicros) {
    recovering = false;
    double gapMs = (atMicros - dropAtMicros) / 1000.0;
    b.run.journal().write(new JournalEvent.SocketRecovered(System.currentTimeMillis(),
        b.vu, b.app.name(), gapMs, attempts,
        b.inbox.sessionId()));
    b.run.histograms().recordMillis(Sli.FAILOVER, gapMs);
  }

  boolean lost() {
    return lost;
  }
}
