package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlansTest {

  @TempDir
  Path root;

  @Test
  void aLocalScenarioBecomesThePlanOfDocsRunMd() {
    Scenario s = Scenarios.load(new ScenarioFiles(root).scenario("""
        name: smoke
        target: {apps: [{app: dash}]}
        load:
          users: 20
          ramp: 10s
          hold: 30s
          sessionLength: 20s
          thinkTime: {min: 1s, max: 3s}
          apps:
            - app: dash
              widgets:
                - {key: n, kind: slider, values: [10, 42, 77]}
                - {key: go, kind: button}
        """));
    Path runDir = root.resolve("reports/r1");

    Plan plan = Plans.of(s, "r1", 42, runDir, List.of(URI.create("http://127.0.0.1:41001/"),
        URI.create("http://127.0.0.1:41002")), true);

    assertThat(plan).isEqualTo(new Plan("r1", "smoke", 42, runDir.toString(), LoadModel.CLOSED, 20, 0.0, 10_000, 30_000, 20_000, 3,
        new Plan.ThinkTime("uniform", 1_000, 3_000, 0), 10_000, 15_000,
        List.of("http://127.0.0.1:41001", "http://127.0.0.1:41002"),
        List.of(new Plan.App("dash", "/apps/dash", 1.0, List.of(new Plan.Widget("n", "slider", List.of(10L, 42L, 77L)),
            new Plan.Widget("go", "button", List.of()))))));
    plan.write(runDir.resolve("plan.json"));
    assertThat(Plan.read(runDir.resolve("plan.json")).entryPoints()).isEqualTo(plan.entryPoints());
  }

  @Test
  void anExternalScenarioUsesAppsAsPathPrefixes() {
    assertThat(Plans.path("", false)).isEqualTo("");
    assertThat(Plans.path("/team/app/", false)).isEqualTo("/team/app");
    assertThat(Plans.path("dash", true)).isEqualTo("/apps/dash");
  }

  @Test
  void shardsDealTheUsersOutAndNumberThemAsOneProcessWould() {
    Plan whole = new Plan("r", "s", 3, "/tmp/r", LoadModel.CLOSED, 11, 0, 0, 1000, 0, 1, null, 10_000, 15_000,
        List.of("http://127.0.0.1:1"), List.of(new Plan.App("dash", "/apps/dash", 1, List.of())));
    java.util.Set<Long> vus = new java.util.TreeSet<>();
    int users = 0;
    for (int i = 1; i <= 3; i++) {
      Plan shard = Plans.shard(whole, i, 3, Path.of("/tmp/r/workers/" + i));
      assertThat(shard.seed()).isEqualTo(3);
      assertThat(shard.shard()).isEqualTo(new Plan.Shard(i, 3));
      users += shard.users();
      for (int user = 1; user <= shard.users(); user++) {
        assertThat(vus.add(shard.vu(user))).as("vu %d of shard %d is unique", shard.vu(user), i).isTrue();
      }
    }
    assertThat(users).isEqualTo(11);
    assertThat(vus).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 11).boxed().toList());
  }

  @Test
  void anOpenModelsRateIsDividedAndTooManyShardsAreRefused() {
    Plan open = new Plan("r", "s", 3, "/tmp/r", LoadModel.OPEN, 0, 9, 0, 1000, 0, 1, null, 10_000, 15_000,
        List.of("http://127.0.0.1:1"), List.of(new Plan.App("dash", "/apps/dash", 1, List.of())));
    assertThat(Plans.shard(open, 2, 4, Path.of("/tmp/w")).arrivalsPerSecond()).isEqualTo(2.25);
    Plan closed = new Plan("r", "s", 3, "/tmp/r", LoadModel.CLOSED, 2, 0, 0, 1000, 0, 1, null, 10_000, 15_000,
        List.of("http://127.0.0.1:1"), List.of(new Plan.App("dash", "/apps/dash", 1, List.of())));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Plans.shard(closed, 1, 3, Path.of("/tmp/w")))
        .hasMessageContaining("use at most 2 workers");
  }
}
