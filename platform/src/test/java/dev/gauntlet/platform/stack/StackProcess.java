package dev.gauntlet.platform.stack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One platform service of the stack, started from the shaded jar, its output in a file. */
final class StackProcess {

  final String name;
  final Process process;
  final int port;

  private StackProcess(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /** Starts {@code Main <service> <args>} on {@code port} (0: a free one) and waits for its port file. */
  static StackProcess start(Path dir, String name, int port, List<String> args) throws IOException {
    Path portFile = dir.resolve(name + ".port");
    Path log = dir.resolve(name + ".log");
    Files.deleteIfExists(portFile);
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", classpath(), "dev.gauntlet.platform.Main"));
    command.addAll(args);
    command.addAll(List.of("--port", Integer.toString(port), "--port-file", portFile.toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    process.getOutputStream().close();
    await(name + " writes its port file (log " + log + ")").atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> Files.exists(portFile) || !process.isAlive());
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + Files.readString(log));
    }
    return new StackProcess(name, process, Integer.parseInt(Files.readString(portFile).trim()));
  }

  /** The shaded jar when failsafe names it, else the test class path. */
  static String classpath() {
    String jar = System.getProperty("gauntlet.platform.jar");
    if (jar != null && Files.exists(Path.of(jar))) {
      return jar;
    }
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL, and wait until it is gone. */
  void kill() {
    process.destroyForcibly();
    process.toHandle().onExit().join();
  }
}
