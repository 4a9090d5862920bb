package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void schedulerBackoffDoublesFrom100msAndCapsAt1s() {
    assertThat(IntStream.range(0, 7).mapToObj(Backoff.SCHEDULER::delayBefore).map(Duration::toMillis))
        .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
  }

  @Test
  void manyRetriesDoNotOverflow() {
    assertThat(Backoff.SCHEDULER.delayBefore(10_000)).isEqualTo(Duration.ofSeconds(1));
  }
}
