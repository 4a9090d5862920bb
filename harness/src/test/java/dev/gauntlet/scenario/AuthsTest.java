package dev.gauntlet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthsTest {

  @TempDir Path dir;

  private Scenario scenario(String auth) {
    ScenarioFiles files = new ScenarioFiles(dir);
    return Scenarios.load(files.write("scenarios/s.yaml", """
        target: {kind: local, apps: [{app: dash, warm: 1}]}
        load: {model: closed, users: 1, hold: 1s, apps: [{app: dash}]}
        """ + auth));
  }

  @Test
  void readsTheSectionWithVariableNamesInsteadOfSecrets() {
    Auth auth = Auths.of(scenario("""
        auth:
          client: {id: viewer-app, secret: "${CLIENT_SECRET}"}
          viewers: {count: 5, user: "v{n}", password: "${VIEWER_PW}"}
          tokenTtl: 60s
          refreshBefore: 10s
          embed: {host: {id: host-app, secret: "${HOST_SECRET}"}, origin: "https://host.example", share: 0.5}
          headers: {X-Trace: "t-${TRACE}"}
        """)).orElseThrow();
    assertThat(auth.localProvider()).isTrue();
    assertThat(auth.clientSecretEnv()).isEqualTo("CLIENT_SECRET");
    assertThat(auth.passwordEnv()).isEqualTo("VIEWER_PW");
    assertThat(auth.viewers()).isEqualTo(5);
    assertThat(auth.embed().orElseThrow().clientSecretEnv()).isEqualTo("HOST_SECRET");
    assertThat(auth.embed().orElseThrow().share()).isEqualTo(0.5);
    assertThat(Auths.missing(auth, Map.of("CLIENT_SECRET", "x", "VIEWER_PW", "y")))
        .containsExactly("HOST_SECRET", "TRACE");
  }

  @Test
  void aLiteralSecretIsAnErrorNamingTheLineAndTheFix() {
    assertThatThrownBy(() -> Auths.of(scenario("""
        auth:
          client: {id: viewer-app, secret: hunter2}
        """)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("s.yaml line 4")
        .hasMessageContaining("auth.client.secret is a literal secret")
        .hasMessageContaining("${GAUNTLET_SECRET}");
  }

  @Test
  void refreshBeforeMustBeShorterThanTheTokensLife() {
    assertThatThrownBy(() -> Auths.of(scenario("""
        auth:
          client: {id: viewer-app}
          tokenTtl: 10s
          refreshBefore: 10s
        """))).isInstanceOf(ScenarioException.class).hasMessageContaining("refreshBefore");
  }

  @Test
  void templatesTakeTheirValuesFromTheEnvironmentAndNameAMissingOne() {
    assertThat(Auths.resolve("Bearer ${TOKEN}", Map.of("TOKEN", "abc"), "auth.headers.Authorization"))
        .isEqualTo("Bearer abc");
    assertThatThrownBy(() -> Auths.resolve("Bearer ${TOKEN}", Map.of(), "auth.headers.Authorization"))
        .hasMessageContaining("TOKEN").hasMessageContaining("auth.headers.Authorization");
  }

  @Test
  void aProviderOrAnEmbedWithoutAClientIsAnError() {
    assertThatThrownBy(() -> Auths.of(scenario("""
        auth:
          issuer: https://idp.example/realms/x
        """))).isInstanceOf(ScenarioException.class).hasMessageContaining("no client logs in");
    assertThatThrownBy(() -> Auths.of(scenario("""
        auth:
          embed: {host: {id: host-app}}
        """))).isInstanceOf(ScenarioException.class).hasMessageContaining("auth.embed needs");
  }

  @Test
  void aScenarioWithoutTheSectionHasNoAuth() {
    assertThat(Auths.of(scenario(""))).isEmpty();
  }
}
