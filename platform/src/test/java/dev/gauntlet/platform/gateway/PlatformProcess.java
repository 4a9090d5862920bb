package dev.gauntlet.platform.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A platform service started as a real process for a test: output to a file, stopped by pid. */
final class PlatformProcess implements AutoCloseable {

  final String name;
  final Process process;
  final Path log;
  final int port;

  private PlatformProcess(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code dev.gauntlet.platform.Main <args> --port 0 --port-file ... --owner-pid <us>}. */
  static PlatformProcess start(Path dir, String name, List<String> args) throws IOException {
    Path portFile = dir.resolve(name + ".port");
    Path log = dir.resolve(name + ".log");
    Files.deleteIfExists(portFile); // a file left by an earlier run would name a dead port
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", classpath(), "dev.gauntlet.platform.Main"));
    command.addAll(args);
    command.addAll(List.of("--port", "0", "--port-file", portFile.toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      Awaitility.await(name + " writes its port file " + portFile + " (log " + log + ")")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> Files.exists(portFile) || !process.isAlive());
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + Files.readString(log));
    }
    return new PlatformProcess(name, process, log, Integer.parseInt(Files.readString(portFile).trim()));
  }

  /** The test classpath; failsafe may hide it behind a manifest-only jar, so prefer its own property. */
  static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
