package dev.gauntlet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.yaml.ScenarioException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target kinds that bring the platform up (local, docker, kubernetes), pool resources, and Kubernetes blocks. */
class DeploymentKindsTest {

  @TempDir
  Path root;

  ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(root);
  }

  @Test
  void aDockerTargetIsThePlatformWithLimitsPerPool() {
    LocalTarget t = (LocalTarget) Scenarios.load(files.scenario("""
        target:
          kind: docker
          apps:
            - app: dash
              resources: {cpu: 500m, memory: 256Mi}
            - app: light
              resources: {cpu: 1.5}
        """)).target();
    assertThat(t.kind()).isEqualTo(TargetKind.DOCKER);
    assertThat(t.apps().get(0).resources()).isEqualTo(new Resources(0.5, 256L << 20));
    assertThat(t.apps().get(1).resources()).isEqualTo(new Resources(1.5, null));
    assertThat(t.as(TargetKind.LOCAL).kind()).isEqualTo(TargetKind.LOCAL);
    assertThat(t.as(TargetKind.LOCAL).apps()).isEqualTo(t.apps());
  }

  @Test
  void aKubernetesTargetHasANamespaceByDefault() {
    LocalTarget t = (LocalTarget) Scenarios.load(files.scenario("target:\n  kind: kubernetes\n  apps: [{app: dash}]\n"))
        .target();
    assertThat(t.kubernetes()).isEqualTo(new KubernetesSettings(null, "gauntlet", Map.of()));
    assertThat(t.apps().get(0).resources().isNone()).isTrue();
  }

  @Test
  void anExternalTargetOnKubernetesNamesItsNamespaceAndRuntimePods() {
    ExternalTarget t = (ExternalTarget) Scenarios.load(files.scenario("""
        target:
          kind: external
          url: http://127.0.0.1:8080
          kubernetes:
            context: staging
            namespace: apps
            selectors: {runtime: 'app=streamlit-runtime', gateway: 'app=gateway'}
        """)).target();
    assertThat(t.url()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(t.kubernetes()).isEqualTo(new KubernetesSettings("staging", "apps",
        Map.of("runtime", "app=streamlit-runtime", "gateway", "app=gateway")));
  }

  @Test
  void mistakesNameTheirLine() {
    assertThatThrownBy(() -> Scenarios.load(files.scenario(
        "target:\n  kind: docker\n  apps:\n    - app: dash\n      resources: {memory: lots}\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("line 5: target.apps[0].resources.memory is 'lots', not a memory amount of at least 4Mi; "
            + "write e.g. memory: 256Mi (Ki, Mi, Gi; or k, M, G)");
    assertThatThrownBy(() -> Scenarios.load(files.scenario(
        "target:\n  kind: external\n  url: http://127.0.0.1:1\n  kubernetes: {namespace: apps}\n")))
        .hasMessageEndingWith("line 4: target.kubernetes.selectors names no runtime pods; add selectors: "
            + "{runtime: 'app=streamlit-runtime'} (a label selector for the pods that run apps)");
    assertThatThrownBy(() -> Scenarios.load(files.scenario(
        "target:\n  kind: docker\n  kubernetes: {namespace: x}\n  apps: [{app: dash}]\n")))
        .hasMessageEndingWith("line 3: target.kubernetes is set on a target of kind docker; write kind: kubernetes, "
            + "or drop the kubernetes block");
  }
}
