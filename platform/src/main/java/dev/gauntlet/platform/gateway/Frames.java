package dev.gauntlet.platform.gateway;

import dev.gauntlet.protocol.codec.ForwardMsgPeek;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.codec.WireReader;
import dev.gauntlet.protocol.proto.BackMsg;
import io.vertx.core.buffer.Buffer;
import java.util.Optional;

/** The little the gateway reads from frames it otherwise forwards as opaque bytes. */
final class Frames {

  private Frames() {}

  static boolean isRerun(Buffer backMsg) {
    return isRerun(backMsg.getBytes()); // a client frame is small: one copy, then one reader for both
  }

  /**
   * True when the client frame is a {@code BackMsg} carrying {@code rerun_script}. Walks the
   * top-level fields in place (no parse: this runs on every client frame); a frame that is not
   * well formed is not a rerun, and is forwarded as it came for the runtime to judge.
   */
  static boolean isRerun(byte[] backMsg) {
    WireReader in = new WireReader(backMsg);
    boolean rerun = false;
    while (in.next()) {
      rerun |= in.field() == BackMsg.RERUN_SCRIPT_FIELD_NUMBER && in.wireType() == WireReader.LENGTH_DELIMITED;
    }
    return rerun && !in.malformed();
  }

  /** The runtime session id of a {@code ForwardMsg} that is a {@code new_session}, else empty. */
  static Optional<String> newSessionId(byte[] forwardMsg) {
    return ForwardMsgPeek.read(forwardMsg) // in place: a large delta is skipped, not decoded
        .filter(msg -> msg.kind() == MessageKind.NEW_SESSION)
        .map(ForwardMsgPeek::sessionId)
        .filter(id -> !id.isEmpty());
  }
}
