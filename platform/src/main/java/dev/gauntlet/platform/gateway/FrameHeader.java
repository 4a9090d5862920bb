package dev.gauntlet.platform.gateway;

import io.netty.buffer.ByteBuf;

/**
 * The 2 to 14 bytes in front of a WebSocket frame (RFC 6455 section 5.2), read in place: all the
 * gateway needs to relay a frame without decoding it.
 *
 * @param fin the frame ends its message
 * @param rsv the three extension bits; non-zero only with a negotiated extension
 * @param opcode 0 continuation, 1 text, 2 binary, 8 close, 9 ping, 10 pong
 * @param masked the payload is XORed with {@code maskKey} (a client's frames always are)
 * @param maskKey the masking key; 0 when not masked
 * @param headerBytes the header's own length, mask key included
 * @param payloadBytes the payload's length as the header states it
 * @param minimal the length is written in its shortest form, as the RFC requires
 */
record FrameHeader(boolean fin, int rsv, int opcode, boolean masked, int maskKey, int headerBytes,
    long payloadBytes, boolean minimal) {

  static final int BINARY = 2;

  /** The header at {@code in}'s reader index, which is left where it was; null while it is cut short. */
  static FrameHeader peek(ByteBuf in) {
    int at = in.readerIndex();
    int readable = in.readableBytes();
    if (readable < 2) {
      return null;
    }
    int b0 = in.getUnsignedByte(at);
    int b1 = in.getUnsignedByte(at + 1);
    boolean masked = (b1 & 0x80) != 0;
    int len7 = b1 & 0x7f;
    int lengthBytes = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
    int headerBytes = 2 + lengthBytes + (masked ? 4 : 0);
    if (readable < headerBytes) {
      return null;
    }
    long payload = switch (lengthBytes) {
      case 2 -> in.getUnsignedShort(at + 2);
      case 8 -> in.getLong(at + 2);
      default -> len7;
    };
    boolean minimal = lengthBytes == 0 || (lengthBytes == 2 ? payload >= 126 : payload >= 65_536);
    int mask = masked ? in.getInt(at + 2 + lengthBytes) : 0;
    return new FrameHeader((b0 & 0x80) != 0, (b0 >> 4) & 0x7, b0 & 0x0f, masked, mask, headerBytes, payload,
        minimal);
  }

  /** A text, binary or continuation frame: part of a message, not a control frame. */
  boolean isData() {
    return opcode < 8;
  }

  /** Header plus payload; meaningful only when {@link #wellFormed}. */
  long frameBytes() {
    return headerBytes + payloadBytes;
  }

  /** A length the RFC allows and the receiver accepts; else the frame decoder must refuse the socket. */
  boolean wellFormed(long maxPayloadBytes) {
    return minimal && payloadBytes >= 0 && payloadBytes <= maxPayloadBytes;
  }

  /** A whole binary message in one frame, masked as its sender must: the only kind relayed as bytes. */
  boolean plainBinary(boolean expectMasked) {
    return fin && rsv == 0 && opcode == BINARY && masked == expectMasked;
  }
}
