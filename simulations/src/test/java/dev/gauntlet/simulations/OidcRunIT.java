package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gauntlet run scenarios/smoke-oidc.yaml} as a user runs it, its secrets in the environment:
 * every session and login ok, the summary's login and embed phases, and no secret (nor any token
 * the provider issued) in the run directory or the terminal.
 */
class OidcRunIT {

  private static final Map<String, String> SECRETS = Map.of(
      "GAUNTLET_CLIENT_SECRET", "client-secret-7Hq2mZ",
      "GAUNTLET_VIEWER_PASSWORD", "viewer-password-Lw93xR",
      "GAUNTLET_HOST_SECRET", "host-secret-Vb61pK");

  @TempDir Path out;

  @Test
  void smokeOidcCompletesWithEveryLoginOkAndLeavesNoSecretBehind() throws Exception {
    CliRun run = CliRun.of("scenarios/smoke-oidc.yaml", out, SECRETS);
    String terminal = run.terminal();
    assertThat(run.exit()).as(terminal).isZero();
    Path runDir = run.runDir();
    JsonNode summary = run.summary();
    long started = summary.path("sessions").path("started").asLong();
    assertThat(started).isPositive();
    assertThat(summary.path("sessions").path("completed").asLong()).isEqualTo(started);
    JsonNode identity = summary.path("identity");
    assertThat(identity.path("logins").path("failed").asLong()).isZero();
    assertThat(identity.path("logins").path("ok").asLong()).isPositive();
    assertThat(identity.path("embeds").path("ok").asLong()).isPositive();
    assertThat(identity.path("phases").path("login").path("count").asLong()).isPositive();
    assertThat(identity.path("phases").path("embed").path("count").asLong()).isPositive();

    List<String> secrets = new ArrayList<>(SECRETS.values());
    // every token the provider issued starts with its header {"kid":"gauntlet",...}: none may be written either
    secrets.add("eyJraWQiOiJnYXVudGxldC");
    for (String secret : secrets) {
      assertThat(terminal).as("the terminal output").doesNotContain(secret);
      try (Stream<Path> files = Files.walk(runDir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(contains(f, secret)).as(f + " holds " + secret).isFalse();
        }
      }
    }
  }

  private static boolean contains(Path file, String text) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
  }
}
