package dev.gauntlet.protocol.codec;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ClientState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Encodes and decodes client-to-server frames (one BackMsg per binary frame). */
public final class BackMsgCodec {
  private static final int RERUN_SCRIPT = 11;
  private static final int DEBUG_LAST_BACKMSG_ID = 13;

  private BackMsgCodec() {}

  /** The compact (protobuf-java) form. */
  public static byte[] encode(BackMsg msg) {
    return msg.toByteArray();
  }

  /** Encodes in the given form; only a {@code rerun_script} differs between the forms. */
  public static byte[] encode(BackMsg msg, BackMsgEncoding encoding) {
    if (encoding == BackMsgEncoding.COMPACT || !msg.hasRerunScript()) {
      return msg.toByteArray();
    }
    // Sized first and written into one exact array: a stream-backed CodedOutputStream takes a 4 KiB buffer a call.
    try {
      byte[] state = browserClientState(msg.getRerunScript());
      String debugId = msg.getDebugLastBackmsgId();
      int size = CodedOutputStream.computeByteArraySize(RERUN_SCRIPT, state)
          + (debugId.isEmpty() ? 0 : CodedOutputStream.computeStringSize(DEBUG_LAST_BACKMSG_ID, debugId))
          + msg.getUnknownFields().getSerializedSize();
      byte[] bytes = new byte[size];
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeByteArray(RERUN_SCRIPT, state);
      if (!debugId.isEmpty()) {
        out.writeString(DEBUG_LAST_BACKMSG_ID, debugId);
      }
      // Unknown fields ride along after the known ones, as protobuf-java writes them.
      msg.getUnknownFields().writeTo(out);
      out.checkNoSpaceLeft();
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("encoding BackMsg in memory", e);
    }
  }

  // protobufjs writes fields 1-3 of ClientState whenever they are set, even to "".
  private static byte[] browserClientState(ClientState state) throws IOException {
    ClientState rest = state.toBuilder()
        .clearQueryString().clearWidgetStates().clearPageScriptHash().build();
    int size = CodedOutputStream.computeStringSize(1, state.getQueryString())
        + CodedOutputStream.computeMessageSize(2, state.getWidgetStates())
        + CodedOutputStream.computeStringSize(3, state.getPageScriptHash())
        + rest.getSerializedSize();
    byte[] bytes = new byte[size];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(1, state.getQueryString());
    out.writeMessage(2, state.getWidgetStates());
    out.writeString(3, state.getPageScriptHash());
    rest.writeTo(out);
    out.checkNoSpaceLeft();
    return bytes;
  }

  /** Decodes a client frame (the server side, or a test reading a transcript). */
  public static BackMsg decode(byte[] frame) {
    try {
      return BackMsg.parseFrom(frame);
    } catch (InvalidProtocolBufferException e) {
      throw new FrameDecodeException("BackMsg", frame.length, e);
    }
  }

  public static BackMsg decode(ByteBuffer frame) {
    int length = frame.remaining();
    try {
      return BackMsg.parseFrom(frame);
    } catch (InvalidProtocolBufferException e) {
      throw new FrameDecodeException("BackMsg", length, e);
    }
  }
}
