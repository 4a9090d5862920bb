package dev.gauntlet.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A platform service started as a real process for a test: {@code dev.gauntlet.platform.Main} from
 * the test class path, its output in a file, owned by this JVM ({@code --owner-pid}), stopped by pid.
 */
public final class PlatformProcess implements AutoCloseable {

  public final String name;
  public final Process process;
  public final Path log;
  public final int port;

  private PlatformProcess(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code dev.gauntlet.platform.Main <args> --port 0 --port-file ... --owner-pid <us>}. */
  public static PlatformProcess start(Path dir, String name, List<String> args) throws IOException {
    return start(dir, name, 0, args);
  }

  /** The same on a given port (0: a free one), e.g. to restart a service where its clients look for it. */
  public static PlatformProcess start(Path dir, String name, int port, List<String> args) throws IOException {
    Path portFile = dir.resolve(name + ".port");
    Path log = dir.resolve(name + ".log");
    Files.deleteIfExists(portFile); // a file left by an earlier run would name a dead port
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", classpath(), "dev.gauntlet.platform.Main"));
    command.addAll(args);
    command.addAll(List.of("--port", Integer.toString(port), "--port-file", portFile.toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    process.getOutputStream().close();
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
  public static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** SIGKILL, and wait until it is gone. */
  public void kill() {
    process.destroyForcibly();
    process.toHandle().onExit().join();
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
