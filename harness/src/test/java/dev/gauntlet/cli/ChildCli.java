package dev.gauntlet.cli;

import dev.gauntlet.deploy.PlatformFixture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in its own JVM, as ./gauntlet would, output to a file in the work dir. */
final class ChildCli {

  private final Path workDir;
  private int count;

  ChildCli(Path workDir) {
    this.workDir = workDir;
  }

  List<String> command(String... args) throws IOException {
    Path harness = PlatformFixture.home().resolve("harness/target");
    String classpath = harness.resolve("classes") + File.pathSeparator
        + Files.readString(harness.resolve("classpath.txt")).trim();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-Dgauntlet.home=" + PlatformFixture.home(), "-cp", classpath));
    String jar = System.getProperty("gauntlet.platform.jar");
    if (jar != null) {
      cmd.add("-Dgauntlet.platform.jar=" + jar);
    }
    cmd.add(Gauntlet.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts the CLI; its output goes to {@link #output(Process)}'s file. */
  Process start(String... args) throws IOException {
    Path out = workDir.resolve("cli-" + (++count) + ".out");
    return new ProcessBuilder(command(args)).directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /** Runs the CLI to its end (bounded) and returns its exit code. */
  int run(String... args) throws IOException, InterruptedException {
    Process p = start(args);
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("gauntlet " + String.join(" ", args) + " did not finish within 3 minutes");
    }
    return p.exitValue();
  }

  String lastOutput() throws IOException {
    return Files.readString(workDir.resolve("cli-" + count + ".out"));
  }
}
