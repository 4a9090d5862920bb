package dev.gauntlet.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Where the coordinator listens: {@code --coordinator-bind HOST} or {@code HOST:PORT}. */
class CoordinatorAddressTest {

  @Test
  void aHostAloneListensOnAPortTheSystemPicksAndAHostWithAPortOnThatPort() {
    assertThat(text(Coordinator.address("127.0.0.1"))).isEqualTo("127.0.0.1:0");
    assertThat(text(Coordinator.address("0.0.0.0:7070"))).isEqualTo("0.0.0.0:7070");
    assertThat(text(Coordinator.address("[::1]:7070"))).isEqualTo("0:0:0:0:0:0:0:1:7070");
    assertThat(Coordinator.address("::").getPort()).isZero();
  }

  private static String text(InetSocketAddress a) {
    return a.getAddress().getHostAddress() + ":" + a.getPort();
  }
}
