package dev.gauntlet.deploy;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
class DeploymentContractIT {

  /** A deployment kind under contract: how to bring one up, and what its handles look like. */
  record Kind(String name, Predicate<Target.Handle> handleOfKind) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(new Kind(LocalTarget.LOCAL, h -> h.pid() != null && h.pid() > 1));
  }

  private static LocalTarget target(String kind) throws Exception {
    Path dir = Files.createTempDirectory("gauntlet-contract-");
    Path scenario = Files.writeString(dir.resolve("contract.yaml"), """
        name: contract
        target:
          kind: %s
          gateways: 1
          apps:
            - {spec: %s, warm: 2, maxSessionsPerPod: 5}
        """.formatted(kind, PlatformFixture.home().resolve("apps/light.yaml")));
    return (LocalTarget) Scenarios.load(scenario).target();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyFaultHasItsEffectAndThePlatformRecovers(Kind kind) throws Exception {
    Path stateDir = Files.createTempDirectory("gauntlet-contract-state-");
    try (Deployment deployment = Deployments.of(target(kind.name()), stateDir, "contract-" + kind.name(), l -> { })) {
      Endpoints endpoints = deployment.start();

      List<Target> targets = deployment.targets();
      assertThat(targets).extracting(Target::component).contains(Target.RUNTIME, Target.GATEWAY, Target.SCHEDULER);
      assertThat(targets).allSatisfy(t -> assertThat(kind.handleOfKind().test(t.handle())).as("%s's handle", t.id())
          .isTrue());
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
        assertThat(status(readyz)).as("a frozen pod answers nothing").isEqualTo(-1);
      } finally {
        deployment.resume(paused);
      }
      await("the thawed pod answers again").atMost(Duration.ofSeconds(10)).until(() -> status(readyz) == 200);

      Target gateway = targets.stream().filter(t -> t.component().equals(Target.GATEWAY)).findFirst().orElseThrow();
      URI health = endpoints.gateways().get(0).resolve("/readyz");
      deployment.kill(gateway);
      await("the gateway answers again on its endpoint").atMost(Duration.ofSeconds(60)).until(() -> status(health) == 200);
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
