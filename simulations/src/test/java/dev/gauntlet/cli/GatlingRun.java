package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.deploy.PlatformFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code gauntlet run SCENARIO} in a child JVM on the simulations classpath (what ./gauntlet uses),
 * as the end-to-end ITs need it: finished within a bound, exit 0, its run directory returned.
 */
final class GatlingRun {

  private GatlingRun() {}

  /** Runs the scenario with reports under {@code work}; returns the run directory (the last line printed). */
  static Path of(Path work, Path scenario, Duration within) throws IOException, InterruptedException {
    Path simulations = PlatformFixture.home().resolve("simulations/target");
    assertThat(simulations.resolve("classpath.txt")).as("written at package, before integration tests").isRegularFile();
    List<String> cmd = new ChildCli(work).command("run", scenario.toString(), "--out", work.resolve("reports").toString());
    cmd.set(cmd.indexOf("-cp") + 1,
        simulations.resolve("classes") + File.pathSeparator + Files.readString(simulations.resolve("classpath.txt")).trim());
    cmd.add(1, "--add-opens=java.base/java.lang=ALL-UNNAMED");
    Path output = work.resolve("run.out");
    Process run = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      assertThat(run.waitFor(within.toSeconds(), TimeUnit.SECONDS)).as("run finished within " + within).isTrue();
    } finally {
      run.destroyForcibly();
    }
    assertThat(run.exitValue()).as(Files.readString(output)).isZero();
    List<String> lines = Files.readString(output).strip().lines().toList();
    return Path.of(lines.get(lines.size() - 1));
  }
}
