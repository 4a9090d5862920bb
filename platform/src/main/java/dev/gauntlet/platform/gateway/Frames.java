package dev.gauntlet.platform.gateway;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.gauntlet.protocol.codec.WireReader;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NewSession;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
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

  /**
   * The runtime session id of a {@code ForwardMsg} that is a {@code new_session}, else empty.
   * Reads only the top-level tags and skips every other field, so a large delta costs little.
   */
  static Optional<String> newSessionId(byte[] forwardMsg) {
    try {
      CodedInputStream in = CodedInputStream.newInstance(forwardMsg);
      int tag;
      while ((tag = in.readTag()) != 0) {
        if (WireFormat.getTagFieldNumber(tag) == ForwardMsg.NEW_SESSION_FIELD_NUMBER
            && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
          String id = NewSession.parseFrom(in.readBytes()).getInitialize().getSessionId();
          return id.isEmpty() ? Optional.empty() : Optional.of(id);
        }
        if (!in.skipField(tag)) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
