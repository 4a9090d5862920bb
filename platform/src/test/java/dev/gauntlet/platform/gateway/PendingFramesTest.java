package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingFramesTest {

  @Test
  void drainsInOrderAndForgetsReruns() {
    PendingFrames pending = new PendingFrames();
    pending.offer(Buffer.buffer("a"), false);
    pending.offer(Buffer.buffer("b"), true);
    assertThat(pending.hasRerun()).isTrue();
    List<String> seen = new ArrayList<>();
    pending.drainTo(b -> seen.add(b.toString()));
    assertThat(seen).containsExactly("a", "b");
    assertThat(pending.size()).isZero();
    assertThat(pending.hasRerun()).isFalse();
  }

  @Test
  void refusesBeyondItsFrameBound() {
    PendingFrames pending = new PendingFrames();
    for (int i = 0; i < PendingFrames.MAX_FRAMES; i++) {
      assertThat(pending.offer(Buffer.buffer("x"), false)).isTrue();
    }
    assertThat(pending.offer(Buffer.buffer("x"), false)).isFalse();
  }

  @Test
  void refusesBeyondItsByteBound() {
    PendingFrames pending = new PendingFrames();
    assertThat(pending.offer(Buffer.buffer(new byte[(int) PendingFrames.MAX_BYTES]), false)).isTrue();
    assertThat(pending.offer(Buffer.buffer("y"), false)).isFalse();
  }
}
