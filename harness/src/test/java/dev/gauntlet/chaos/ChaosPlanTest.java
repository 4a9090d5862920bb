package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.yaml.ScenarioException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosPlanTest {

  private static final String SCENARIO = """
      target: {apps: [{app: light}]}
      load: {users: 1, ramp: 5s, hold: 25s, apps: [{app: light}]}
      chaos:
        - experiment: ../chaos/kill.yaml
          at: 10s
      """;

  @TempDir
  Path dir;

  @Test
  void readsTheScheduleAndItsExperiments() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n    selector: {app: light}\n");
    Path s = files.scenario(SCENARIO.replace("at: 10s", "at: 10s\n    every: 10s\n    times: 3"));
    ScheduledExperiment e = ChaosPlan.of(Scenarios.load(s)).get(0);
    assertThat(e.experiment().name()).isEqualTo("kill");
    assertThat(e.lastFiring()).isEqualTo(Duration.ofSeconds(30));
    assertThat(e.line()).isEqualTo(4);
  }

  @Test
  void aLastFiringPastTheRunsEndIsAnErrorAtTheEntrysLine() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n");
    Path s = files.scenario(SCENARIO.replace("at: 10s", "at: 10s\n    every: 15s\n    times: 3"));
    assertThatThrownBy(() -> ChaosPlan.of(Scenarios.load(s))).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("s.yaml line 4: the last firing of kill is at 40s, past the run's end at 30s (ramp + hold); "
            + "fire earlier, fewer times, or lengthen load.hold");
  }

  @Test
  void aScheduleAtTheEndIsFineButAfterItIsNot() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n");
    assertThat(ChaosPlan.of(Scenarios.load(files.scenario(SCENARIO.replace("at: 10s", "at: 30s"))))).hasSize(1);
    assertThatThrownBy(() -> ChaosPlan.of(Scenarios.load(files.scenario(SCENARIO.replace("at: 10s", "at: 31s")))))
        .hasMessageContaining("s.yaml line 4: the last firing of kill is at 31s, past the run's end at 30s (ramp + hold)");
  }

  @Test
  void aSelectorNamingAnAppTheTargetLacksIsAnErrorInTheExperimentFile() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "title: k\nmethod:\n  - action: pod-kill\n    selector: {app: dash}\n");
    assertThatThrownBy(() -> ChaosPlan.of(Scenarios.load(files.scenario(SCENARIO))))
        .hasMessageContaining("kill.yaml line 3: the selector names app 'dash'")
        .hasMessageContaining("use one of its apps: light");
  }

  @Test
  void anUnknownActionInAReferencedExperimentNamesThatFile() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: gateway-kil\n");
    assertThatThrownBy(() -> ChaosPlan.of(Scenarios.load(files.scenario(SCENARIO))))
        .hasMessageContaining("kill.yaml line 2: unknown action 'gateway-kil' (did you mean gateway-kill?)");
  }

  @Test
  void aLocalScenarioRunAgainstAnExternalTargetRefusesItsChaosNamingTheOverride() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n");
    Path s = files.scenario(SCENARIO);
    Scenario scenario = Scenarios.load(s);
    assertThat(ChaosPlan.of(scenario)).hasSize(1);
    assertThatThrownBy(() -> ChaosPlan.of(scenario, new ExternalTarget(URI.create("http://127.0.0.1:9"))))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(ScenarioException.display(s) + " line 3: chaos needs a deployment Gauntlet can see and act on "
            + "(its processes, to kill, pause and watch), but --target external makes the target only a URL; "
            + "drop --target external (chaos runs against the scenario's local target), or remove the chaos section");
  }

  @Test
  void anExternalTargetWhosePodsKubernetesReachesTakesChaos() {
    ScenarioFiles files = new ScenarioFiles(dir);
    files.write("chaos/kill.yaml", "method:\n  - action: pod-kill\n    selector: {app: anything}\n");
    Path s = files.scenario("""
        target:
          kind: external
          url: http://127.0.0.1:9
          kubernetes: {namespace: apps, selectors: {runtime: 'app=runtime'}}
        load: {users: 1, hold: 20s, apps: [{app: ''}]}
        chaos:
          - {experiment: ../chaos/kill.yaml, at: 5s}
        """);
    assertThat(ChaosPlan.of(Scenarios.load(s))).singleElement()
        .satisfies(e -> assertThat(e.experiment().method()).hasSize(1));
    assertThatThrownBy(() -> ChaosPlan.of(Scenarios.load(s), new ExternalTarget(URI.create("http://127.0.0.1:9"))))
        .hasMessageContaining("but an external target is only a URL");
  }

  @Test
  void anExternalScenarioWithAnEmptyChaosSectionHasNothingToRefuse() {
    Path s = new ScenarioFiles(dir).scenario("target: {kind: external, url: 'http://127.0.0.1:9'}\nchaos: []\n");
    assertThat(ChaosPlan.of(Scenarios.load(s))).isEmpty();
  }

  @Test
  void theShippedChaosScenariosValidate() {
    Path scenarios = Path.of(System.getProperty("gauntlet.home", "..")).resolve("scenarios");
    for (String name : new String[] {"chaos-runtime-kill", "chaos-gateway-kill", "chaos-scheduler-kill"}) {
      assertThat(ChaosPlan.of(Scenarios.load(scenarios.resolve(name + ".yaml")))).as(name).isNotEmpty();
    }
    assertThat(Scenarios.load(scenarios.resolve("cold-start-storm.yaml")).target()).isNotNull();
  }
}
