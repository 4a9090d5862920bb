package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  @Test
  void unknownAppIsAPolicyViolationNamingTheApp() {
    CloseReasons.Close close = CloseReasons.placementFailed(new PlacementException(
        PlacementException.Kind.UNKNOWN_APP, "unknown app 'nope': the scheduler has no pool for it"),
        false, Duration.ofSeconds(10));
    assertThat(close.code()).isEqualTo((short) 1008);
    assertThat(close.reason()).contains("'nope'");
  }

  @Test
  void outageNamesTheDeadlineAndTheCause() {
    CloseReasons.Close close = CloseReasons.placementFailed(new PlacementException(
        PlacementException.Kind.UNAVAILABLE, "HTTP 503: pool dash has no ready pod"), false, Duration.ofSeconds(10));
    assertThat(close.code()).isEqualTo((short) 1011);
    assertThat(close.reason()).isEqualTo("scheduler unavailable after 10s: HTTP 503: pool dash has no ready pod");
  }

  @Test
  void failedFailoverSaysSoAndIsCut() {
    CloseReasons.Close close = CloseReasons.placementFailed(
        new ConnectException("Connection refused: " + "/127.0.0.1:40000 ".repeat(20)), true, Duration.ofMillis(1500));
    assertThat(close.code()).isEqualTo((short) 1011);
    assertThat(close.reason()).startsWith("failover failed after 1500ms: Connection refused");
    assertThat(close.reason().getBytes(StandardCharsets.UTF_8)).hasSize(123);
  }

  @Test
  void refusalIsPassedOnAsIs() {
    CloseReasons.Close close = CloseReasons.placementFailed(new PlacementException(
        PlacementException.Kind.REFUSED, "scheduler refused the placement: HTTP 400: bad sessionId"),
        false, Duration.ofSeconds(10));
    assertThat(close).isEqualTo(new CloseReasons.Close((short) 1011,
        "scheduler refused the placement: HTTP 400: bad sessionId"));
  }
}
