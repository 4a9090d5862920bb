package dev.gauntlet.chaos;

import static dev.gauntlet.deploy.PlatformFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.measure.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract: every action against a real local deployment, its effect, and a dry run that changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChaosActionsIT {

  Path stateDir;
  Deployment deployment;
  Endpoints endpoints;
  Journal journal;

  @BeforeAll
  void up() throws Exception {
    stateDir = Files.createTempDirectory("gauntlet-chaos-it-");
    deployment = Deployments.local(PlatformFixture.smokeTarget(), stateDir);
    endpoints = deployment.start();
    journal = Journal.append(stateDir.resolve("chaos-journal.jsonl"));
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
    if (journal != null) {
      journal.close();
    }
  }

  @BeforeEach
  void healthy() {
    await("scheduler ready and pools full").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
        status(endpoints.scheduler().resolve("/readyz")) == 200 && ready("dash").size() >= 2 && ready("light").size() >= 1
            && endpoints.gateways().stream().allMatch(g -> status(g.resolve("/readyz")) == 200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pod-kill", "pod-terminate", "pod-pause", "gateway-kill", "scheduler-kill", "warm-pool-drain"})
  void everyActionHasItsEffect(String action) throws Exception {
    Set<Long> podPids = deployment.pods().stream().map(Pod::pid).collect(Collectors.toSet());
    List<ComponentProcess> before = deployment.processes();
    // a dry run first: it names targets and changes nothing
    List<Target> wouldHit = runner(true).act(experiment(action), step(action), context());
    assertThat(wouldHit).as("dry run of %s names its targets", action).isNotEmpty();
    assertThat(deployment.processes()).isEqualTo(before);
    assertThat(deployment.pods().stream().map(Pod::pid).collect(Collectors.toSet())).isEqualTo(podPids);

    ExperimentRunner runner = runner(false);
    CompletableFuture<List<Target>> hit = CompletableFuture.supplyAsync(() -> {
      try {
        return runner.act(experiment(action), step(action), context());
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    if (action.equals("pod-pause")) {
      await("a pod frozen (state T)").atMost(Duration.ofSeconds(10)).until(() -> deployment.pods().stream()
          .anyMatch(p -> p.app().equals("dash") && "T".equals(procState(p.pid()))));
    }
    List<Target> targets = hit.get();
    assertThat(targets).isNotEmpty();
    switch (action) {
      case "pod-pause" -> targets.forEach(t -> assertThat(procState(t.handle().pid())).as("thawed").isNotEqualTo("T"));
      case "gateway-kill", "scheduler-kill" -> await(action + " restarted").atMost(Duration.ofSeconds(60)).until(() ->
          targets.stream().allMatch(t -> deployment.processes().stream()
              .anyMatch(p -> p.component().equals(t.id()) && p.pid() != t.handle().pid() && p.restarts() >= 1)));
      default -> {
        targets.forEach(t -> await(t + " gone").atMost(Duration.ofSeconds(10))
            .until(() -> ProcessHandle.of(t.handle().pid()).map(h -> !h.isAlive()).orElse(true)));
        // an adopted pod (after scheduler-kill) is not the scheduler's child: it learns of the exit by polling
        await("the scheduler forgets " + targets).atMost(Duration.ofSeconds(30)).until(() -> {
          Set<String> ids = deployment.pods().stream().map(Pod::id).collect(Collectors.toSet());
          return targets.stream().noneMatch(t -> ids.contains(t.id()));
        });
        healthy(); // the pools are refilled with new pods
      }
    }
  }

  private ExperimentRunner runner(boolean dryRun) {
    return new ExperimentRunner(deployment, journal, new Random(1), dryRun, l -> { });
  }

  private ActionContext context() {
    return new ActionContext(deployment, java.util.concurrent.ConcurrentHashMap.newKeySet(), t -> { });
  }

  private Experiment experiment(String action) {
    return new Experiment(stateDir.resolve(action + ".yaml"), action, List.of(), List.of(step(action)), List.of());
  }

  private static Step step(String action) {
    Selector selector = switch (action) {
      case "pod-kill" -> new Selector(null, "light", null);
      case "pod-terminate", "pod-pause" -> new Selector(null, "dash", null);
      default -> Selector.ANY;
    };
    return new Step(action, selector, Mode.ONE, Duration.ofSeconds(5), Duration.ofSeconds(2), 1);
  }

  private List<Pod> ready(String app) {
    return deployment.pods().stream().filter(p -> p.app().equals(app) && p.state().equals("ready")).toList();
  }

  /** The state letter in /proc/PID/stat (after the command name's closing parenthesis), or "" when gone. */
  private static String procState(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch (Exception e) {
      return "";
    }
  }
}
