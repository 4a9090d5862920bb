package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.Auth;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An external target that wants a token: a gateway with {@code --auth} (brought up here, with its
 * provider), driven as {@code kind: external} whose scenario sends {@code Authorization: Bearer
 * ${EXT_TOKEN}} from the environment. Every session renders, and the token is written nowhere.
 */
class ExternalHeadersIT {

  @TempDir Path out;

  @Test
  void headersFromTheEnvironmentReachEveryRequestAndNoFile() throws Exception {
    LocalTarget target = new LocalTarget(1, 0, SchedulerSettings.defaults(),
        List.of(new AppPool("light", RunFiles.home().resolve("apps/light.yaml"), 1, 50,
            Duration.ofSeconds(60), Duration.ofSeconds(30))), RuntimeSettings.defaults());
    Auth provider = new Auth(Optional.empty(), "gauntlet-viewer", null, "password", "gauntlet", 1, "viewer-{n}", null,
        Duration.ofMinutes(5), Duration.ofSeconds(10), Optional.empty(), Map.of(), Map.of());
    Deployment deployment = Deployments.of(target, provider, Files.createTempDirectory("gauntlet-ext-it-"), "ext-it",
        line -> { });
    try {
      Endpoints endpoints = deployment.start();
      String token = token(endpoints.idp().orElseThrow());
      Path scenario = out.resolve("external-token.yaml");
      Files.writeString(scenario, String.join("\n",
          "target: {kind: external, url: \"" + endpoints.gateways().get(0) + "\"}",
          "auth:",
          "  headers: {Authorization: \"Bearer ${EXT_TOKEN}\"}",
          "load: {model: closed, users: 2, ramp: 1s, hold: 5s, interactionsPerSession: 1,",
          "       thinkTime: {min: 100ms, max: 200ms}, apps: [{app: apps/light}]}",
          "deadlines: {interaction: 10s, recovery: 15s}", ""));
      Path runs = Files.createDirectories(out.resolve("runs"));
      CliRun run = CliRun.of(scenario.toString(), runs, Map.of("EXT_TOKEN", token));
      assertThat(run.exit()).as(run.terminal()).isZero();
      JsonNode sessions = run.summary().path("sessions");
      assertThat(sessions.path("completed").asLong()).isPositive().isEqualTo(sessions.path("started").asLong());
      assertThat(run.terminal()).doesNotContain(token);
      try (Stream<Path> files = Files.walk(run.runDir())) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(token);
        }
      }
    } finally {
      deployment.stop();
    }
  }

  private static String token(URI idp) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(idp.resolve("/gauntlet/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=gauntlet-viewer&username=ext"
            + "&password=x&scope=openid%20gauntlet")).build(), HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
  }
}
