package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.Durations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** WebSocket close codes and reasons the gateway sends, cut to what a close frame can carry. */
final class CloseReasons {

  /** An unknown app, or another viewer's session to re-attach to. */
  static final short POLICY_VIOLATION = 1008;
  /** No pod could be found or reached before the deadline. */
  /** A client frame over --max-client-frame-bytes. */
  static final short MESSAGE_TOO_BIG = 1009;
  static final short INTERNAL_ERROR = 1011;
  /** A close frame's payload is 125 bytes, two of which carry the code (RFC 6455 5.5). */
  static final int MAX_REASON_BYTES = 123;

  /** A close to send: code and a reason already cut to {@link #MAX_REASON_BYTES}. */
  record Close(short code, String reason) {
    Close {
      reason = truncate(reason);
    }
  }

  private CloseReasons() {}

  /** How to close a client whose placement (or failover, when {@code failingOver}) failed. */
  static Close placementFailed(Throwable cause, boolean failingOver, Duration deadline) {
    String after = Durations.format(deadline);
    PlacementException.Kind kind = cause instanceof PlacementException pe ? pe.kind() : PlacementException.Kind.UNAVAILABLE;
    if (kind == PlacementException.Kind.UNKNOWN_APP || kind == PlacementException.Kind.FORBIDDEN) {
      return new Close(POLICY_VIOLATION, cause.getMessage());
    }
    if (failingOver) {
      return new Close(INTERNAL_ERROR, "failover failed after " + after + ": " + cause.getMessage());
    }
    if (kind == PlacementException.Kind.REFUSED) {
      return new Close(INTERNAL_ERROR, cause.getMessage());
    }
    return new Close(INTERNAL_ERROR, "scheduler unavailable after " + after + ": " + cause.getMessage());
  }

  /** Cuts {@code reason} to at most 123 UTF-8 bytes without splitting a character. */
  static String truncate(String reason) {
    if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
      return reason;
    }
    int end = 0;
    int used = 0;
    while (end < reason.length()) {
      int cp = reason.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + size > MAX_REASON_BYTES) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return reason.substring(0, end);
  }
}
