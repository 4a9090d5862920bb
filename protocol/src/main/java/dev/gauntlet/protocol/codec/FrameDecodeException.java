package dev.gauntlet.protocol.codec;

/** A frame that could not be decoded as the expected message; names the frame and its length. */
public final class FrameDecodeException extends RuntimeException {
  private final int frameLength;

  public FrameDecodeException(String messageType, int frameLength, Throwable cause) {
    super(messageType + " frame of " + frameLength + " bytes could not be decoded ("
        + (cause == null ? "no cause" : cause.getMessage())
        + "); expected one complete protobuf message per binary frame: a truncated frame or a"
        + " frame reassembled from partial WebSocket fragments is the likely cause", cause);
    this.frameLength = frameLength;
  }

  /** The length in bytes of the frame that failed to decode. */
  public int frameLength() {
    return frameLength;
  }
}
