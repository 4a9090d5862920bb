package dev.gauntlet.platform.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void aCookieSetByOneReplicaIsAcceptedByAnotherWithTheSameKey() {
    String value = new SessionCookie("shared-key").mint("viewer-3", "dash", NOW);
    assertThat(new SessionCookie("shared-key").check(value, "dash", NOW.plusSeconds(60)))
        .contains(new Viewer("viewer-3", "cookie"));
  }

  @Test
  void anotherKeyAnotherAppExpiryOrATamperedValueAreRefused() {
    SessionCookie cookies = new SessionCookie("shared-key");
    String value = cookies.mint("viewer-3", "dash", NOW);
    assertThat(new SessionCookie("other-key").check(value, "dash", NOW)).isEmpty();
    assertThat(cookies.check(value, "light", NOW)).isEmpty();
    assertThat(cookies.check(value, "dash", NOW.plus(SessionCookie.LIFETIME).plusSeconds(1))).isEmpty();
    String forged = cookies.mint("viewer-4", "dash", NOW).split("\\.")[0] + "." + value.split("\\.")[1];
    assertThat(cookies.check(forged, "dash", NOW)).isEmpty();
    assertThat(cookies.check("garbage", "dash", NOW)).isEmpty();
  }

  @Test
  void withoutAKeyEachProcessDrawsItsOwn() {
    String value = new SessionCookie(null).mint("viewer-1", "dash", NOW);
    assertThat(new SessionCookie(null).check(value, "dash", NOW)).isEmpty();
  }
}
