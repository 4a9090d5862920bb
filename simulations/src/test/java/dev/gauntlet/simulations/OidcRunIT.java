package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    Path home = RunFiles.home();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dgauntlet.home=" + home,
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "dev.gauntlet.cli.Gauntlet", "run", home.resolve("scenarios/smoke-oidc.yaml").toString(),
        "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("terminal.txt").toFile());
    builder.environment().putAll(SECRETS);
    Process run = builder.start();
    try {
      assertThat(run.waitFor(4, TimeUnit.MINUTES)).as("the run ends within 4 minutes").isTrue();
    } finally {
      run.destroyForcibly(); // only if it overran: our own child, by its handle
    }
    String terminal = Files.readString(out.resolve("terminal.txt"));
    assertThat(run.exitValue()).as(terminal).isZero();

    Path runDir;
    try (Stream<Path> dirs = Files.list(out)) {
      runDir = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    JsonNode summary = new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
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
