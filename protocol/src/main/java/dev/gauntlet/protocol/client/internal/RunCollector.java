package dev.gauntlet.protocol.client.internal;

import dev.gauntlet.protocol.client.PeerClose;
import dev.gauntlet.protocol.client.ReceivedMessage;
import dev.gauntlet.protocol.client.Run;
import dev.gauntlet.protocol.client.SessionClosedException;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.widgets.WidgetIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The messages of one run as they arrive. MUTABLE, synchronized: fed by the socket's listener,
 * read by the awaiting thread. {@code finished} completes at {@code script_finished};
 * {@code sealed} when no more messages belong to the run.
 */
public final class RunCollector {
  private enum State { RUNNING, FINISHED, SEALED }

  private final int number;
  private final long sentNanos;
  private final List<ReceivedMessage> messages = new ArrayList<>();
  private final List<String> unresolved = new ArrayList<>();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private final CompletableFuture<Void> sealed = new CompletableFuture<>();
  private State state = State.RUNNING;
  private boolean trailerSeen;

  public RunCollector(int number, long sentNanos) {
    this.number = number;
    this.sentNanos = sentNanos;
  }

  /** Takes the message if it belongs to this run; false means "offer it to the next run". */
  public synchronized boolean offer(ReceivedMessage msg) {
    if (state == State.RUNNING) {
      messages.add(msg);
      if (msg.kind() == MessageKind.REF_HASH) {
        unresolved.add(msg.message().getRefHash());
      }
      if (msg.kind() == MessageKind.SCRIPT_FINISHED) {
        state = State.FINISHED;
        finished.complete(null);
      }
      return true;
    }
    if (state == State.FINISHED && msg.kind() == MessageKind.SESSION_STATUS_CHANGED
        && !msg.message().getSessionStatusChanged().getScriptIsRunning()) {
      messages.add(msg);
      trailerSeen = true;
      seal();
      return true;
    }
    seal();
    return false;
  }

  /** No more messages will come (next run began, or socket closed after the finish). */
  public synchronized void seal() {
    state = State.SEALED;
    sealed.complete(null);
  }

  /** The socket closed: an unfinished run fails naming the close, a finished one just seals. */
  public synchronized void closed(PeerClose close) {
    if (state == State.RUNNING) {
      finished.completeExceptionally(
          new SessionClosedException("script_finished of run " + number, close, seenSoFar()));
    }
    sealed.complete(null);
    state = State.SEALED;
  }

  public synchronized boolean isSealed() {
    return state == State.SEALED;
  }

  public CompletableFuture<Void> finished() {
    return finished;
  }

  public CompletableFuture<Void> sealed() {
    return sealed;
  }

  public int number() {
    return number;
  }

  /** What has arrived so far, for error messages. */
  public synchronized String seenSoFar() {
    if (messages.isEmpty()) {
      return "nothing";
    }
    return messages.stream().map(ReceivedMessage::describe).collect(Collectors.joining(", "))
        + " (" + messages.size() + " messages)";
  }

  public synchronized Run toRun() {
    ReceivedMessage finish = messages.stream().filter(m -> m.kind() == MessageKind.SCRIPT_FINISHED)
        .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("run " + number + " has not finished"));
    Optional<String> sessionId = messages.stream().filter(m -> m.kind() == MessageKind.NEW_SESSION)
        .reduce((a, b) -> b).map(m -> m.message().getNewSession().getInitialize().getSessionId());
    List<ForwardMsg> raw = messages.stream().map(ReceivedMessage::message).collect(Collectors.toList());
    return new Run(number, sentNanos, messages, sessionId, finish.message().getScriptFinished(),
        trailerSeen, WidgetIds.index(raw), unresolved);
  }
}
