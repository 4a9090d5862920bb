package dev.gauntlet.platform.runtime;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A runtime started as a real process from the test classpath, output in a file, owned by this JVM. */
final class RuntimeProcess implements AutoCloseable {

  final Process process;
  final Path dir;
  final Path log;

  private RuntimeProcess(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
    this.log = dir.resolve("runtime.err");
  }

  /** Starts {@code runtime --app-spec spec extra...}; does not wait for the port. */
  static RuntimeProcess start(Path spec, String... extra) throws IOException {
    Path dir = Files.createTempDirectory("gauntlet-runtime-it");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "dev.gauntlet.platform.Main", "runtime", "--app-spec", spec.toString(),
        "--port-file", dir.resolve("port").toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    cmd.addAll(List.of(extra));
    if (!List.of(extra).contains("--port")) {
      cmd.addAll(List.of("--port", "0"));
    }
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("runtime.out").toFile())
        .redirectError(dir.resolve("runtime.err").toFile())
        .start();
    return new RuntimeProcess(p, dir);
  }

  int awaitPort() {
    Path portFile = dir.resolve("port");
    await("port file " + portFile).atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> Files.exists(portFile) || !process.isAlive());
    if (!Files.exists(portFile)) {
      throw new AssertionError("runtime exited " + process.exitValue() + " before listening: " + output());
    }
    try {
      return Integer.parseInt(Files.readString(portFile));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** What the process wrote to stderr (its log lines and startup errors). */
  String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  int awaitExit() throws InterruptedException {
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("runtime still running after 30 s: " + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
