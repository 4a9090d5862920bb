package dev.gauntlet.protocol.client;

import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.widgets.WidgetIdIndex;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One collected script run: every message from the rerun up to {@code script_finished} and, when
 * it came in time, the trailing not-running status.
 *
 * @param number 1 for the first rerun sent on this client, then 2, 3, ...
 * @param sentNanos {@code System.nanoTime()} when the rerun was handed to the socket
 * @param messages every message of the run, in arrival order
 * @param sessionId the session id of the run's (last) {@code new_session}, if one came
 * @param finishStatus the {@code script_finished} value
 * @param trailerSeen whether {@code session_status_changed{not running}} followed
 * @param widgetIds widget ids found in the run's new elements
 * @param unresolvedRefHashes hashes named by {@code ref_hash} messages the cache did not hold
 */
public record Run(int number, long sentNanos, List<ReceivedMessage> messages,
    Optional<String> sessionId, ScriptFinishedStatus finishStatus, boolean trailerSeen,
    WidgetIdIndex widgetIds, List<String> unresolvedRefHashes) {

  public Run {
    messages = List.copyOf(messages);
    unresolvedRefHashes = List.copyOf(unresolvedRefHashes);
  }

  public List<ReceivedMessage> deltas() {
    return ofKind(MessageKind.DELTA);
  }

  public List<ReceivedMessage> ofKind(MessageKind kind) {
    return messages.stream().filter(m -> m.kind() == kind).collect(Collectors.toList());
  }

  public Optional<ReceivedMessage> firstDelta() {
    return messages.stream().filter(m -> m.kind() == MessageKind.DELTA).findFirst();
  }

  /** The run's {@code script_finished} (the last one, should a replayed run send two). */
  public ReceivedMessage scriptFinished() {
    return ofKind(MessageKind.SCRIPT_FINISHED).stream().reduce((a, b) -> b).orElseThrow();
  }

  public boolean succeeded() {
    return finishStatus == ScriptFinishedStatus.FINISHED_SUCCESSFULLY;
  }

  /** Rerun sent -> its {@code script_finished} received. */
  public Duration rerunLatency() {
    return Duration.ofNanos(scriptFinished().receivedNanos() - sentNanos);
  }

  /** Rerun sent -> first delta received, if a delta came. */
  public Optional<Duration> firstDeltaLatency() {
    return firstDelta().map(d -> Duration.ofNanos(d.receivedNanos() - sentNanos));
  }

  /** The kinds in order, e.g. {@code [new_session, session_status_changed(running), delta[0,0], ...]}. */
  public List<String> describe() {
    return messages.stream().map(ReceivedMessage::describe).collect(Collectors.toList());
  }
}
