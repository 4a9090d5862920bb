package dev.gauntlet.platform.gateway;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Whether a socket's frame decoder sits between two frames: a {@link FrameRelay} put in front of
 * it mid-frame would read payload bytes as a header. Netty keeps that state private, so this
 * looks at it by reflection; when it cannot, the answer is no and the socket keeps the decoder.
 */
final class FrameBoundary {

  private static final Field STATE = field(WebSocket08FrameDecoder.class, "state");
  private static final Field CLOSING = field(WebSocket08FrameDecoder.class, "receivedClosingHandshake");
  private static final Method BUFFERED = method(ByteToMessageDecoder.class, "actualReadableBytes");

  private FrameBoundary() {}

  /** True when the pipeline's WebSocket frame decoder holds no part of a frame and is not closing. */
  static boolean at(ChannelPipeline pipeline) {
    WebSocket08FrameDecoder decoder = pipeline.get(WebSocket08FrameDecoder.class);
    if (decoder == null || STATE == null || CLOSING == null || BUFFERED == null) {
      return false;
    }
    try {
      return "READING_FIRST".equals(String.valueOf(STATE.get(decoder)))
          && !CLOSING.getBoolean(decoder)
          && (int) BUFFERED.invoke(decoder) == 0;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a Netty that renamed it: no relay, the decoder path still works
    }
  }

  private static Method method(Class<?> owner, String name) {
    try {
      Method m = owner.getDeclaredMethod(name);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
