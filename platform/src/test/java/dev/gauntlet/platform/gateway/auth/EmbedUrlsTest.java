package dev.gauntlet.platform.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbedUrlsTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private final AuthConfig config = new AuthConfig("http://idp/gauntlet", "gauntlet", Duration.ofSeconds(30),
      Duration.ofSeconds(10), List.of(new AuthConfig.Host("host-app", Set.of("dash"), List.of("https://host.example"))));
  private final EmbedUrls embeds = new EmbedUrls(config);

  @Test
  void onlyARegisteredHostMayEmbedItsApps() {
    assertThat(embeds.mayEmbed("host-app", "dash")).isTrue();
    assertThat(embeds.mayEmbed("host-app", "light")).isFalse();
    assertThat(embeds.mayEmbed("viewer-1", "dash")).isFalse();
  }

  @Test
  void aCodeWorksOnceForItsAppBeforeItExpires() {
    String code = embeds.mint("viewer-1", "dash", NOW);
    assertThat(embeds.redeem(code, "dash", NOW.plusSeconds(5)).grant()).hasValueSatisfying(g ->
        assertThat(g.viewer()).isEqualTo("viewer-1"));
    assertThat(embeds.redeem(code, "dash", NOW.plusSeconds(6)).refusal()).contains("already used");

    String late = embeds.mint("viewer-1", "dash", NOW);
    assertThat(embeds.redeem(late, "dash", NOW.plusSeconds(11)).refusal()).contains("expired");
    String elsewhere = embeds.mint("viewer-1", "dash", NOW);
    assertThat(embeds.redeem(elsewhere, "light", NOW).refusal()).contains("for app 'dash'");
    assertThat(embeds.redeem(elsewhere, "dash", NOW).grant()).as("a refused opening spends the code").isEmpty();
  }

  @Test
  void framesAreAllowedFromTheRegisteredOriginsOnly() {
    assertThat(config.frameOrigins("dash")).containsExactly("https://host.example");
    assertThat(config.frameOrigins("light")).isEmpty();
  }
}
