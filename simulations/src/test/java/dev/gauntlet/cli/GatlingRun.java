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
 * as the end-to-end ITs need it: finished within a bound, its exit code and output (for run: exit 0, its run directory).
 */
final class GatlingRun {

  private GatlingRun() {}

  /** Runs the scenario with reports under {@code work}; returns the run directory (the last line printed). */
  static Path of(Path work, Path scenario, Duration within) throws IOException, InterruptedException {
    Result run = cli(work, within, "run", scenario.toString(), "--out", work.resolve("reports").toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    return run.lastLine();
  }

  /** What a CLI child printed (stdout and stderr together) and how it exited. */
  record Result(int exitCode, String output) {

    /** The last line printed: a run's directory. */
    Path lastLine() {
      List<String> lines = output.strip().lines().toList();
      return Path.of(lines.get(lines.size() - 1));
    }
  }

  /** Runs {@code gauntlet ARGS} to its end (bounded by {@code within}); output in work/cli-N.out. */
  static Result cli(Path work, Duration within, String... args) throws IOException, InterruptedException {
    Path simulations = PlatformFixture.home().resolve("simulations/target");
    assertThat(simulations.resolve("classpath.txt")).as("written at package, before integration tests").isRegularFile();
    List<String> cmd = new ChildCli(work).command(args);
    cmd.set(cmd.indexOf("-cp") + 1,
        simulations.resolve("classes") + File.pathSeparator + Files.readString(simulations.resolve("classpath.txt")).trim());
    cmd.add(1, "--add-opens=java.base/java.lang=ALL-UNNAMED");
    Path output = Files.createTempFile(work, "cli-", ".out");
    Process run = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      assertThat(run.waitFor(within.toSeconds(), TimeUnit.SECONDS)).as("gauntlet " + String.join(" ", args)
          + " finished within " + within).isTrue();
    } finally {
      run.destroyForcibly();
    }
    return new Result(run.exitValue(), Files.readString(output));
  }
}
