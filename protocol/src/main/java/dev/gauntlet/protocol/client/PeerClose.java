package dev.gauntlet.protocol.client;

/** How the peer closed the socket: the close frame's status code and reason (1006: no close frame). */
public record PeerClose(int statusCode, String reason) {
  /** The status used when the connection broke without a close frame (RFC 6455 1006). */
  public static final int ABNORMAL = 1006;

  @Override
  public String toString() {
    return statusCode + (reason == null || reason.isEmpty() ? "" : " '" + reason + "'");
  }
}
