package dev.gauntlet.protocol.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.stream.Collectors;

/** Decodes and encodes server-to-client frames (one ForwardMsg per binary frame). */
public final class ForwardMsgCodec {
  private ForwardMsgCodec() {}

  /** Decodes one frame; unknown fields and types are kept, a corrupt frame throws. */
  public static ForwardMsg decode(byte[] frame) {
    try {
      return ForwardMsg.parseFrom(frame);
    } catch (InvalidProtocolBufferException e) {
      throw new FrameDecodeException("ForwardMsg", frame.length, e);
    }
  }

  /** Decodes one frame from a buffer (its remaining bytes). */
  public static ForwardMsg decode(ByteBuffer frame) {
    int length = frame.remaining();
    try {
      return ForwardMsg.parseFrom(frame);
    } catch (InvalidProtocolBufferException e) {
      throw new FrameDecodeException("ForwardMsg", length, e);
    }
  }

  public static byte[] encode(ForwardMsg msg) {
    return msg.toByteArray();
  }

  /** The wire field number of an unknown message type (for diagnostics), or -1 if none. */
  public static int unknownTypeField(ForwardMsg msg) {
    Map<Integer, ?> unknown = msg.getUnknownFields().asMap();
    return unknown.keySet().stream().filter(n -> n > 2 && n != 17)
        .sorted().findFirst().orElse(-1);
  }

  /** A short human description, such as {@code delta[0,1]} or {@code session_status_changed(running)}. */
  public static String describe(ForwardMsg msg) {
    MessageKind kind = MessageKind.of(msg);
    switch (kind) {
      case DELTA:
        return "delta" + msg.getMetadata().getDeltaPathList().stream().map(String::valueOf)
            .collect(Collectors.joining(",", "[", "]"));
      case SCRIPT_FINISHED:
        return "script_finished(" + msg.getScriptFinished() + ")";
      case SESSION_STATUS_CHANGED:
        return "session_status_changed("
            + (msg.getSessionStatusChanged().getScriptIsRunning() ? "running" : "not running") + ")";
      case REF_HASH:
        return "ref_hash(" + msg.getRefHash() + ")";
      case UNKNOWN:
        return "unknown(field " + unknownTypeField(msg) + ")";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
