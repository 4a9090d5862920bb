package dev.gauntlet.simulations.internal;

import dev.gauntlet.load.WidgetRotation;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Sli;
import dev.gauntlet.protocol.codec.BackMsgCodec;
import dev.gauntlet.protocol.codec.BackMsgEncoding;
import dev.gauntlet.protocol.rerun.Reruns;
import dev.gauntlet.protocol.rerun.WidgetStateBook;
import dev.gauntlet.protocol.rerun.WidgetValues;
import dev.gauntlet.protocol.widgets.WidgetId;
import dev.gauntlet.protocol.widgets.WidgetKind;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.Optional;

/**
 * The widget interactions of one user: the next widget value, the rerun it sends (the full widget
 * state, as the browser sends it), and the rerun lines. MUTABLE: part of one {@link Browser}.
 */
final class Interactions {

  private final Browser b;
  private final WidgetStateBook book = new WidgetStateBook();
  private byte[] inFlight;
  private long sentAtMicros;
  private int done;
  private int seq;
  private boolean skip;
  private boolean anyFailed;

  Interactions(Browser b) {
    this.b = b;
  }

  byte[] firstRunBytes() {
    return BackMsgCodec.encode(Reruns.first(""), BackMsgEncoding.BROWSER);
  }

  /** Marks {@code bytes} as the run in flight from now, and returns them to send. */
  byte[] send(byte[] bytes) {
    inFlight = bytes;
    sentAtMicros = Frames.nowMicros();
    return bytes;
  }

  /** The rerun to re-send after a reconnect (a run was in flight when the socket dropped). */
  byte[] resend() {
    return send(inFlight);
  }

  boolean inFlight() {
    return inFlight != null;
  }

  long sentAtMicros() {
    return sentAtMicros;
  }

  /** A good script_finished arrived for the run in flight. */
  void landed(long finishedAtMicros) {
    inFlight = null;
    b.inbox.noteMessageAt(finishedAtMicros / 1000);
  }

  boolean more() {
    return done < b.run.plan().interactionsPerSession() && b.withinSessionLength() && !b.failedOrLost();
  }

  Duration thinkTime() {
    return b.choices.thinkTime();
  }

  /**
   * Picks the next widget value and builds the rerun; when the widget cannot be driven (it never
   * rendered, it is rendered as another kind, or the value does not fit it) the interaction is a
   * failed rerun line naming why, and nothing is sent.
   */
  Session prepare(Session s) {
    seq++;
    WidgetRotation.Step step = WidgetRotation.step(b.app.widgets(), done);
    skip = false;
    if (step != null) {
      Optional<String> problem = put(step);
      if (problem.isPresent()) {
        fail(0, problem.get());
        skip = true;
        return s;
      }
    }
    send(BackMsgCodec.encode(Reruns.rerun("", b.inbox.pageScriptHash(), book.snapshotForRerun(), null),
        BackMsgEncoding.BROWSER));
    return s;
  }

  /** Sets the step's value in the book, or says why it cannot be. */
  private Optional<String> put(WidgetRotation.Step step) {
    String key = step.widget().key();
    Optional<WidgetId> id = b.inbox.widgetIds().byKey(key);
    if (id.isEmpty()) {
      return Optional.of("no widget with key '" + key + "' was rendered; keys seen: " + b.inbox.widgetIds().keys());
    }
    Optional<WidgetKind> kind = WidgetKind.parse(step.widget().kind());
    if (kind.isEmpty()) {
      return Optional.of("widget '" + key + "' has kind '" + step.widget().kind() + "' in plan.json; known: "
          + String.join(", ", WidgetKind.spellings()));
    }
    try {
      book.put(WidgetValues.of(id.get(), kind.get(), step.value()));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  boolean skipped() {
    return skip;
  }

  byte[] inFlightBytes() {
    return inFlight;
  }

  /** After the rerun's await: journals it, or hands a dropped socket to the recovery. */
  Session complete(Session s) {
    if (skip) {
      return s;
    }
    Browser.Outcome outcome = b.outcome();
    if (outcome == Browser.Outcome.DROPPED) {
      b.recovery.dropped(true);
      return s;
    }
    finish(outcome);
    return s;
  }

  /** Journals the rerun that was in flight, ok or not (also after a recovery re-sent it). */
  void finish(Browser.Outcome outcome) {
    double rerunMs = (b.finishedAtMicros() - sentAtMicros) / 1000.0;
    if (outcome != Browser.Outcome.OK) {
      fail((Frames.nowMicros() - sentAtMicros) / 1000.0, outcome.error(b));
      inFlight = null;
      return;
    }
    b.inbox.failoverEndingAt(b.finishedAtMicros() / 1000).ifPresent(b::journalFailover);
    done++;
    b.run.journal().write(new JournalEvent.Rerun(System.currentTimeMillis(),
        b.vu, b.app.name(), true, rerunMs, seq, null));
    b.run.histograms().recordMillis(Sli.RERUN, rerunMs);
    landed(b.finishedAtMicros());
  }

  private void fail(double rerunMs, String error) {
    done++;
    anyFailed = true;
    b.run.journal().write(new JournalEvent.Rerun(System.currentTimeMillis(),
        b.vu, b.app.name(), false, rerunMs, seq, error));
  }

  boolean anyFailed() {
    return anyFailed;
  }

  int done() {
    return done;
  }
}
