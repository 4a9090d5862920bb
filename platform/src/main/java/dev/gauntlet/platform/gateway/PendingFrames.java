package dev.gauntlet.platform.gateway;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Client frames held while a session has no upstream (placing, connecting, failing over).
 * Mutable, owned by one session on its event loop. Bounded, so a client cannot fill the heap
 * while no pod is reachable.
 */
final class PendingFrames {

  static final int MAX_FRAMES = 1_000;
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private final ArrayDeque<Buffer> frames = new ArrayDeque<>();
  private long bytes;
  private boolean hasRerun;

  /** Queues a frame; false when the queue is full (the frame is not queued). */
  boolean offer(Buffer frame, boolean rerun) {
    if (frames.size() >= MAX_FRAMES || bytes + frame.length() > MAX_BYTES) {
      return false;
    }
    frames.add(frame);
    bytes += frame.length();
    hasRerun |= rerun;
    return true;
  }

  /** True when a queued frame is itself a rerun: replaying an older rerun first would be wasted work. */
  boolean hasRerun() {
    return hasRerun;
  }

  int size() {
    return frames.size();
  }

  /** Hands every queued frame, oldest first, to {@code sink} and empties the queue. */
  void drainTo(Consumer<Buffer> sink) {
    while (!frames.isEmpty()) {
      sink.accept(frames.poll());
    }
    clear();
  }

  void clear() {
    frames.clear();
    bytes = 0;
    hasRerun = false;
  }
}
