package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunProvenanceTest {

  @TempDir
  Path dir;

  @Test
  void theScenarioHashChangesWithTheScenarioAndWithAFileItNamesButNotWithWhereTheyLive() throws Exception {
    Path scenario = Files.writeString(dir.resolve("smoke.yaml"), "name: smoke\n");
    Path spec = Files.writeString(dir.resolve("dash.yaml"), "name: dash\n");
    String before = RunProvenance.scenarioSha256(scenario, List.of(spec));

    Path moved = Files.createDirectory(dir.resolve("elsewhere"));
    Files.copy(scenario, moved.resolve("smoke.yaml"));
    Files.copy(spec, moved.resolve("dash.yaml"));
    assertThat(RunProvenance.scenarioSha256(moved.resolve("smoke.yaml"), List.of(moved.resolve("dash.yaml"))))
        .isEqualTo(before);

    Files.writeString(spec, "name: dash\nstartup: 2s\n");
    String specEdited = RunProvenance.scenarioSha256(scenario, List.of(spec));
    Files.writeString(scenario, "name: smoke\ndescription: x\n");
    assertThat(before).hasSize(64).isNotEqualTo(specEdited);
    assertThat(RunProvenance.scenarioSha256(scenario, List.of(spec))).isNotIn(before, specEdited);
  }

  @Test
  void theCommitIsTheCheckoutsHeadAndNullOutsideACheckout() throws Exception {
    assertThat(RunProvenance.gitCommit(dir)).isNull();

    Process init = new ProcessBuilder("sh", "-c", "git init -q && git -c user.email=t@t -c user.name=t "
        + "commit -q --allow-empty -m one && git rev-parse HEAD > head.txt").directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("git.log").toFile()).start();
    assertThat(init.waitFor()).as(Files.readString(dir.resolve("git.log"))).isZero();

    assertThat(RunProvenance.gitCommit(dir)).isEqualTo(Files.readString(dir.resolve("head.txt")).trim());
  }
}
