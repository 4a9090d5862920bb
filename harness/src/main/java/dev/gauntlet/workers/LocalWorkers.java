package dev.gauntlet.workers;

import dev.gauntlet.merge.WorkerFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workers as JVMs on this machine, started with this JVM's java, class path and module opens; each
 * writes straight into {@code workers/<i>/} (its console in {@code worker.log} there) and exits when
 * this process dies, so a killed run leaves none behind. Mutable.
 */
public final class LocalWorkers implements WorkerLauncher {

  /** The CLI's main class: a worker is {@code gauntlet worker ...} in a JVM of its own. */
  static final String MAIN = "dev.gauntlet.cli.Gauntlet";

  /** System properties passed on to the workers: Gauntlet's own (where the project is, a test's load driver). */
  private static final String PASSED_ON = "gauntlet.";

  private final List<Process> processes = new ArrayList<>();

  @Override
  public synchronized void start(Path planJson, int count, URI coordinator, Path runDir) throws IOException {
    for (int i = 1; i <= count; i++) {
      Path dir = runDir.resolve(WorkerFiles.WORKERS_DIR).resolve(Integer.toString(i));
      Files.createDirectories(dir);
      WorkerArgs command = new WorkerArgs(planJson.toAbsolutePath(), i, count, dir.toAbsolutePath(), coordinator,
          false, ProcessHandle.current().pid());
      List<String> line = new ArrayList<>(javaCommand());
      line.addAll(command.args());
      processes.add(new ProcessBuilder(line).redirectErrorStream(true)
          .redirectOutput(dir.resolve("worker.log").toFile()).start());
    }
  }

  /** This JVM's java, its module opens (Gatling needs them), the properties passed on, its class path. */
  static List<String> javaCommand() {
    String java = ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> line = new ArrayList<>(List.of(java, "--add-opens=java.base/java.lang=ALL-UNNAMED"));
    System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(PASSED_ON)).sorted()
        .forEach(n -> line.add("-D" + n + "=" + System.getProperty(n)));
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
    return line;
  }

  @Override
  public List<Integer> await(WorkerEnded onEach) throws InterruptedException {
    List<Process> started;
    synchronized (this) {
      started = List.copyOf(processes);
    }
    List<Integer> statuses = new ArrayList<>(java.util.Collections.nCopies(started.size(), -1));
    int left = started.size();
    while (left > 0) {
      for (int i = 0; i < started.size(); i++) {
        if (statuses.get(i) == -1 && !started.get(i).isAlive()) {
          statuses.set(i, started.get(i).exitValue());
          onEach.ended(i + 1, statuses.get(i));
          left--;
        }
      }
      if (left > 0) {
        started.stream().filter(Process::isAlive).findFirst().ifPresent(p -> {
          try {
            p.waitFor(200, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
      }
    }
    return statuses;
  }

  /** SIGTERM (a worker's hook ends its journal and histograms), then SIGKILL after 5 s. */
  @Override
  public synchronized void close() {
    processes.stream().filter(Process::isAlive).forEach(Process::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (Process p : processes) {
      try {
        if (!p.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
