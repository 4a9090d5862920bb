package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.platform.common.StartupException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

  @Test
  void defaultsFollowTheContract() {
    GatewayConfig config = GatewayConfig.from(new String[] {"--scheduler", "http://127.0.0.1:7400/"});
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isZero();
    assertThat(config.schedulerUri().toString()).isEqualTo("http://127.0.0.1:7400");
    assertThat(config.placementDeadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.upstreamTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void durationsAreRead() {
    GatewayConfig config = GatewayConfig.from(new String[] {
        "--scheduler", "http://127.0.0.1:7400", "--placement-deadline", "1s", "--upstream-timeout", "750ms"});
    assertThat(config.placementDeadline()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.upstreamTimeout()).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void badSchedulerUrlNamesTheInputAndTheFix() {
    assertThatThrownBy(() -> GatewayConfig.from(new String[] {"--scheduler", "127.0.0.1:7400"}))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("--scheduler '127.0.0.1:7400'")
        .hasMessageContaining("e.g. --scheduler http://127.0.0.1:7400");
  }

  @Test
  void missingSchedulerAndUnknownOptionsAreRefused() {
    assertThatThrownBy(() -> GatewayConfig.from(new String[] {}))
        .isInstanceOf(StartupException.class).hasMessageContaining("--scheduler");
    assertThatThrownBy(() -> GatewayConfig.from(new String[] {
        "--scheduler", "http://127.0.0.1:7400", "--placement-dedline", "1s"}))
        .isInstanceOf(StartupException.class).hasMessageContaining("unknown option --placement-dedline");
  }
}
