package dev.gauntlet.protocol.client;

import dev.gauntlet.protocol.codec.ForwardMsgCodec;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;

/**
 * A ForwardMsg as received.
 *
 * @param message the message, a {@code ref_hash} already replaced by the original it names
 * @param kind its classification (of the resolved message)
 * @param receivedNanos {@code System.nanoTime()} when its last frame arrived
 * @param fromRefHash true if it arrived as a {@code ref_hash} and was resolved from the cache
 * @param frameBytes the size of the frame on the wire
 */
public record ReceivedMessage(ForwardMsg message, MessageKind kind, long receivedNanos,
    boolean fromRefHash, int frameBytes) {

  /** A short description such as {@code delta[0,1]}, for logs and error messages. */
  public String describe() {
    return ForwardMsgCodec.describe(message) + (fromRefHash ? "(via ref_hash)" : "");
  }
}
