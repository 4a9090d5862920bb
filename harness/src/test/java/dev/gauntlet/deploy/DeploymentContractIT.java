package dev.gauntlet.deploy;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.deploy.kubernetes.MockCluster;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenarios;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every deployment kind keeps, the same test over each (docs/deploy.md): it lists its
 * targets with its kind's handle, and each fault it performs has its effect and is recovered from:
 * a killed or terminated pod is replaced and the pool is full again, a paused pod stops answering
 * until it is resumed, a killed gateway answers again on the same endpoint.
 */
@EnableKubernetesMockClient(crud = true)
class DeploymentContractIT {

  static KubernetesClient client;

  /**
   * A deployment kind under contract: how to bring one up, what its pods' handles look like, and
   * whether a killed gateway comes back by itself (a mock API server has no controller manager to
   * replace a gateway pod, so the kubernetes kind's gateway recovery is not checked here).
   */
  record Kind(String name, Predicate<Target.Handle> podHandle, boolean gatewaysRecover) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(new Kind(LocalTarget.LOCAL, h -> h.pid() != null && h.pid() > 1, true),
        new Kind(LocalTarget.KUBERNETES, h -> h.podName() != null && h.uid() != null, false));
  }

  /** The kind's deployment of {@code target}, and whatever it needs to run here (a mock cluster). */
  private static Deployment bringUp(Kind kind, LocalTarget target, Path stateDir, List<AutoCloseable> extras) {
    String runId = "contract-" + kind.name();
    if (kind.name().equals(LocalTarget.KUBERNETES)) {
      MockCluster cluster = MockCluster.on(client, NAMESPACE, stateDir);
      extras.add(cluster);
      return cluster.deployment(target, runId, l -> { });
    }
    return Deployments.of(target, stateDir, runId, l -> { });
  }

  private static final String NAMESPACE = "gauntlet-contract";

  private static LocalTarget target(String kind) throws Exception {
    Path dir = Files.createTempDirectory("gauntlet-contract-");
    Path scenario = Files.writeString(dir.resolve("contract.yaml"), """
        name: contract
        target:
          kind: %s
          gateways: 1%s
          apps:
            - {spec: %s, warm: 2, maxSessionsPerPod: 5}
        """.formatted(kind, kind.equals(LocalTarget.KUBERNETES) ? "\n  kubernetes: {namespace: " + NAMESPACE + "}" : "",
        PlatformFixture.home().resolve("apps/light.yaml")));
    return (LocalTarget) Scenarios.load(scenario).target();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyFaultHasItsEffectAndThePlatformRecovers(Kind kind) throws Exception {
    Path stateDir = Files.createTempDirectory("gauntlet-contract-state-");
    List<AutoCloseable> extras = new ArrayList<>();
    try (Deployment deployment = bringUp(kind, target(kind.name()), stateDir, extras)) {
      Endpoints endpoints = deployment.start();

      List<Target> targets = deployment.targets();
      assertThat(targets).extracting(Target::component).contains(Target.RUNTIME, Target.GATEWAY, Target.SCHEDULER);
      assertThat(pods(deployment)).allSatisfy(t -> assertThat(kind.podHandle().test(t.handle()))
          .as("%s's handle %s", t.id(), t.handle()).isTrue());
      assertThat(pods(deployment)).hasSize(2).allSatisfy(p -> assertThat(p.app()).isEqualTo("light"));

      Target killed = pods(deployment).get(0);
      deployment.kill(killed);
      replacedAndFull(deployment, killed);

      Target terminated = pods(deployment).get(0);
      deployment.terminate(terminated, Duration.ofSeconds(2));
      replacedAndFull(deployment, terminated);

      Target paused = pods(deployment).get(0);
      URI readyz = URI.create(paused.endpoint()).resolve("/readyz");
      deployment.pause(paused);
      try {
        await("a frozen pod answers nothing").atMost(Duration.ofSeconds(15)).until(() -> status(readyz) == -1);
      } finally {
        deployment.resume(paused);
      }
      await("the thawed pod answers again").atMost(Duration.ofSeconds(10)).until(() -> status(readyz) == 200);

      if (kind.gatewaysRecover()) {
        Target gateway = targets.stream().filter(t -> t.component().equals(Target.GATEWAY)).findFirst().orElseThrow();
        URI health = endpoints.gateways().get(0).resolve("/readyz");
        deployment.kill(gateway);
        await("the gateway answers again on its endpoint").atMost(Duration.ofSeconds(60))
            .until(() -> status(health) == 200);
      }
    } finally {
      for (AutoCloseable extra : extras) {
        extra.close();
      }
    }
  }

  private static List<Target> pods(Deployment deployment) {
    return deployment.targets().stream().filter(t -> t.component().equals(Target.RUNTIME))
        .filter(t -> t.state().equals("ready")).toList();
  }

  private static void replacedAndFull(Deployment deployment, Target gone) {
    await(gone.id() + " replaced and the pool full again").atMost(Duration.ofSeconds(60)).until(() -> {
      Set<String> ids = pods(deployment).stream().map(Target::id).collect(Collectors.toSet());
      return !ids.contains(gone.id()) && ids.size() >= 2;
    });
  }
}
