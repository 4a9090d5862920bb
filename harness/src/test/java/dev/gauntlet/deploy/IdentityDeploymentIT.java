package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.chaos.Actions;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.Auth;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A local deployment with the {@code idp} component: it is supervised and listed like the others,
 * the gateways take its tokens and refuse requests without one, and after an {@code idp-kill} the
 * restarted provider signs with the same key (a token issued before still works).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityDeploymentIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  Deployment deployment;
  Endpoints endpoints;

  @BeforeAll
  void up() throws Exception {
    Path stateDir = Files.createTempDirectory("gauntlet-idp-it-");
    LocalTarget target = new LocalTarget(1, 0, SchedulerSettings.defaults(),
        List.of(new AppPool("light", PlatformFixture.home().resolve("apps/light.yaml"), 1, 50,
            Duration.ofSeconds(60), Duration.ofSeconds(30))), RuntimeSettings.defaults());
    Auth auth = new Auth(Optional.empty(), "gauntlet-viewer", null, "password", "gauntlet", 2, "viewer-{n}", null,
        Duration.ofSeconds(60), Duration.ofSeconds(10), Optional.empty(), Map.of(), Map.of());
    deployment = Deployments.of(target, auth, stateDir, "idp-it", line -> { });
    endpoints = deployment.start();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  @Test
  void theGatewayTakesTheProvidersTokensAndTheProviderSurvivesAKill() throws Exception {
    URI idp = endpoints.idp().orElseThrow();
    URI page = endpoints.gateways().get(0).resolve("/apps/light/");
    assertThat(deployment.processes()).extracting(ComponentProcess::component).contains("idp");
    assertThat(get(page, null)).as("no token").isEqualTo(401);
    String before = token(idp, "viewer-1");
    assertThat(get(page, before)).isEqualTo(200);

    Target provider = deployment.targets().stream().filter(t -> t.component().equals(Target.IDP)).findFirst()
        .orElseThrow();
    long oldPid = provider.handle().pid();
    Actions.of("idp-kill").apply(List.of(provider), null, new dev.gauntlet.chaos.ActionContext(deployment,
        new java.util.HashSet<>(), targets -> { }));
    await("the supervisor restarts the idp").atMost(Duration.ofSeconds(30)).until(() ->
        deployment.processes().stream().anyMatch(p -> p.component().equals("idp") && p.pid() != oldPid)
            && get(idp.resolve("/gauntlet/.well-known/openid-configuration"), null) == 200);

    assertThat(get(page, before)).as("a token from before the restart").isEqualTo(200);
    assertThat(get(page, token(idp, "viewer-2"))).as("a token from the restarted provider").isEqualTo(200);
  }

  private static String token(URI idp, String user) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(idp.resolve("/gauntlet/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=gauntlet-viewer&username=" + user
            + "&password=x&scope=openid%20gauntlet")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
  }

  private static int get(URI uri, String token) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }
}
