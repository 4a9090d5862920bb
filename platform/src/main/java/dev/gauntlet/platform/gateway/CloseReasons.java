package dev.gauntlet.platform.gateway;

import java.nio.charset.StandardCharsets;

/** WebSocket close codes the gateway uses, and reasons cut to what a close frame can carry. */
final class CloseReasons {

  /** The client offered no {@code streamlit} subprotocol, or asked for an unknown app. */
  static final short POLICY_VIOLATION = 1008;
  /** No pod could be found or reached before the deadline. */
  static final short INTERNAL_ERROR = 1011;
  /** A close frame's payload is 125 bytes, two of which carry the code (RFC 6455 5.5). */
  static final int MAX_REASON_BYTES = 123;

  private CloseReasons() {}

  /** Cuts {@code reason} to at most 123 UTF-8 bytes without splitting a character. */
  static String truncate(String reason) {
    byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_REASON_BYTES) {
      return reason;
    }
    int end = 0;
    int used = 0;
    while (end < reason.length()) {
      int cp = reason.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > MAX_REASON_BYTES) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return reason.substring(0, end);
  }
}
