package dev.gauntlet.platform.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTest {

  private final Vertx vertx = Vertx.vertx();
  private final Access access = new Access(vertx, new AuthConfig("http://127.0.0.1:1/gauntlet", "gauntlet",
      Duration.ofSeconds(30), Duration.ofSeconds(30),
      List.of(new AuthConfig.Host("host-app", Set.of("dash"), List.of("https://host.example")))), new SessionCookie("k"));

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void theSocketsOriginMustBeTheGatewayOrARegisteredHost() {
    assertThat(access.originAllowed(MultiMap.caseInsensitiveMultiMap(), "127.0.0.1:8080", "dash")).isTrue();
    assertThat(access.originAllowed(headers("Origin", "http://127.0.0.1:8080"), "127.0.0.1:8080", "dash")).isTrue();
    assertThat(access.originAllowed(headers("Origin", "https://host.example"), "127.0.0.1:8080", "dash")).isTrue();
    assertThat(access.originAllowed(headers("Origin", "https://host.example"), "127.0.0.1:8080", "light")).isFalse();
    assertThat(access.originAllowed(headers("Origin", "http://evil.example"), "127.0.0.1:8080", "dash")).isFalse();
  }

  @Test
  void credentialsComeFromTheBearerHeaderOrTheCookie() {
    assertThat(Access.bearer(headers("Authorization", "Bearer abc.def"))).contains("abc.def");
    assertThat(Access.bearer(headers("Authorization", "Basic abc"))).isEmpty();
    assertThat(Access.cookie(headers("Cookie", "a=1; gauntlet_session=v.s; b=2"), SessionCookie.NAME)).contains("v.s");
    assertThat(access.contentSecurityPolicy("dash")).isEqualTo("frame-ancestors 'self' https://host.example");
  }

  @Test
  void noCredentialsAtAllIsRefusedWithoutAskingTheProvider() {
    var refused = access.check(MultiMap.caseInsensitiveMultiMap(), "dash", java.util.Optional.of("PLACEHOLDER_AUTH_TOKEN"));
    assertThat(refused.failed()).isTrue();
    assertThat(((TokenVerifier.Refused) refused.cause()).status).isEqualTo(401);
  }

  private static MultiMap headers(String name, String value) {
    return MultiMap.caseInsensitiveMultiMap().add(name, value);
  }
}
