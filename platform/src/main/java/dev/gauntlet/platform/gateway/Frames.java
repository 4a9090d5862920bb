package dev.gauntlet.platform.gateway;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NewSession;
import java.io.IOException;
import java.util.Optional;

/** The little the gateway reads from frames it otherwise forwards as opaque bytes. */
final class Frames {

  private Frames() {}

  /** True when the client frame is a {@code BackMsg} carrying {@code rerun_script}. */
  static boolean isRerun(byte[] backMsg) {
    try {
      return BackMsg.parseFrom(backMsg).getTypeCase() == BackMsg.TypeCase.RERUN_SCRIPT;
    } catch (InvalidProtocolBufferException e) {
      return false; // not ours to judge: forwarded as it came, the runtime decides
    }
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
