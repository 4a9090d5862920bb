package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloseReasonsTest {

  @Test
  void shortReasonIsKept() {
    assertThat(CloseReasons.truncate("scheduler unavailable after 10s: HTTP 503: busy"))
        .isEqualTo("scheduler unavailable after 10s: HTTP 503: busy");
  }

  @Test
  void longReasonIsCutTo123Bytes() {
    String reason = "scheduler unavailable after 10s: " + "x".repeat(200);
    String cut = CloseReasons.truncate(reason);
    assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(123);
    assertThat(reason).startsWith(cut);
  }

  @Test
  void multiByteCharacterIsNeverSplit() {
    String reason = "a".repeat(122) + "\u00e9\u00e9"; // 122 + 2 + 2 bytes
    String cut = CloseReasons.truncate(reason);
    assertThat(cut).isEqualTo("a".repeat(122));
    assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(123);
  }
}
