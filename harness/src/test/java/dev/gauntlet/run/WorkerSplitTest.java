package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers on Kubernetes are refused, with the fix, where their pods could not reach what they need. */
class WorkerSplitTest {

  static final LoadSplit.OnKubernetes DEFAULTS = LoadSplit.OnKubernetes.DEFAULTS;

  @TempDir
  Path root;

  @Test
  void onKubernetesWithOneWorkerWouldRunNothingThereSoItIsRefused() {
    Path file = new ScenarioFiles(root).scenario("name: t\ntarget: {kind: external, url: 'http://apps.example'}\n"
        + "load: {users: 4, hold: 5s, apps: [{app: ''}]}\n");
    assertThatThrownBy(() -> WorkerSplit.check(Scenarios.load(file), new LoadSplit(1, LoadSplit.KUBERNETES, 0, 0)))
        .isInstanceOf(RunException.class).hasMessageContaining("give --workers 2 or more, or leave out --on");
  }

  @Test
  void aPlatformThisRunStartsOnThisMachineIsOutOfThePodsReach() {
    assertThatThrownBy(() -> WorkerSplit.driver(new LoadSplit(2, LoadSplit.KUBERNETES, 0, 0, DEFAULTS),
        PlatformFixture.smokeTarget(), (p, r) -> 0, line -> { }))
        .isInstanceOf(RunException.class)
        .hasMessageContaining("(target kind local)").hasMessageContaining("--target kubernetes");
  }

  @Test
  void aCoordinatorListeningEverywhereNeedsTheUrlThePodsUse() {
    LoadSplit split = new LoadSplit(2, LoadSplit.KUBERNETES, 0, 0, new LoadSplit.OnKubernetes(null, null, null,
        "0.0.0.0:7070"));
    assertThatThrownBy(() -> WorkerSplit.driver(split, new ExternalTarget(URI.create("http://apps.example"), null),
        (p, r) -> 0, line -> { }))
        .isInstanceOf(RunException.class).hasMessageContaining("add --coordinator-url http://HOST");
  }
}
