package dev.gauntlet.platform.gateway;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NewSession;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.util.Optional;

/** The little the gateway reads from frames it otherwise forwards as opaque bytes. */
final class Frames {

  private Frames() {}

  private static final int RERUN_TAG = (BackMsg.RERUN_SCRIPT_FIELD_NUMBER << 3) |
      WireFormat.WIRETYPE_LENGTH_DELIMITED;

  static boolean isRerun(byte[] backMsg) {
    return isRerun(Buffer.buffer(backMsg));
  }

  /**
   * True when the client frame is a {@code BackMsg} carrying {@code rerun_script}. Walks the
   * top-level tags in place (no copy, no parse: this runs on every client frame); a frame that is
   * not well formed is not a rerun, and is forwarded as it came for the runtime to judge.
   */
  static boolean isRerun(Buffer backMsg) {
    int[] at = {0};
    boolean rerun = false;
    while (at[0] < backMsg.length()) {
      long tag = varint(backMsg, at);
      if (tag <= 0 || tag > Integer.MAX_VALUE) {
        return false;
      }
      rerun |= tag == RERUN_TAG;
      long skip = switch (WireFormat.getTagWireType((int) tag)) {
        case WireFormat.WIRETYPE_VARINT -> varint(backMsg, at) < 0 ? -1 : 0;
        case WireFormat.WIRETYPE_FIXED64 -> 8;
        case WireFormat.WIRETYPE_FIXED32 -> 4;
        case WireFormat.WIRETYPE_LENGTH_DELIMITED -> varint(backMsg, at);
        default -> -1; // groups are not in this protocol
      };
      if (skip < 0 || at[0] + skip > backMsg.length()) {
        return false;
      }
      at[0] += (int) skip;
    }
    return rerun;
  }

  /** A base-128 varint at {@code at[0]}, advancing it; -1 when cut short or longer than 10 bytes. */
  private static long varint(Buffer b, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 64 && at[0] < b.length(); shift += 7) {
      byte x = b.getByte(at[0]++);
      value |= (long) (x & 0x7f) << shift;
      if (x >= 0) {
        return value;
      }
    }
    return -1;
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
