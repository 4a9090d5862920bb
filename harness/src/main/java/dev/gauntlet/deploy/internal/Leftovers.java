package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Taking a state dir: its lock first, then reaping whatever a crashed run left in it. */
public final class Leftovers {

  private Leftovers() {}

  /** Fails when a live harness already uses the dir (naming its pid); else locks and reaps. */
  static StateLock lockAndReap(StatePaths paths, Consumer<String> log) {
    StateLock lock;
    try {
      lock = StateLock.tryAcquire(paths.lockFile()).orElseThrow(() -> new DeploymentException(
          "a deployment is already running from " + paths.root() + " (harness pid "
              + StateLock.holder(paths.lockFile()).map(e -> Long.toString(e.pid())).orElse("unknown")
              + "); stop it with ./gauntlet down --state-dir " + paths.root() + ", or use another --state-dir"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + paths.lockFile(), e);
    }
    List<String> reaped = reap(paths);
    if (!reaped.isEmpty()) {
      log.accept("reaped leftovers of an earlier run: " + String.join(", ", reaped));
    }
    rotate(paths);
    return lock;
  }

  /**
   * A new run starts from a clean scheduler state (old events and pod files would read as this
   * run's); the previous run's state and logs move to {@code previous/} for a post-mortem.
   */
  static void rotate(StatePaths paths) {
    Path previous = paths.root().resolve("previous");
    try {
      deleteTree(previous);
      if (Files.exists(paths.schedulerState())) {
        Files.createDirectories(previous);
        Files.move(paths.schedulerState(), previous.resolve("scheduler"));
      }
      if (Files.isDirectory(paths.logs())) {
        Files.createDirectories(previous.resolve("logs"));
        try (Stream<Path> logs = Files.list(paths.logs())) {
          // the detached supervisor is writing its own log already: it stays
          for (Path log : logs.filter(p -> !p.getFileName().toString().equals("supervisor.log")).toList()) {
            Files.move(log, previous.resolve("logs").resolve(log.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the previous run's state to " + previous, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Kills every process listed in the registry and the pod files that is still ours. */
  public static List<String> reap(StatePaths paths) {
    List<RegistryEntry> entries = new ArrayList<>(ProcessRegistry.read(paths.registry()));
    // components first: a live scheduler would replace the pods we kill
    List<String> reaped = new ArrayList<>(Reaper.reap(entries));
    reaped.addAll(Reaper.reap(PodFiles.read(paths.pods())));
    try {
      Files.deleteIfExists(paths.registry());
    } catch (IOException e) {
      // the next start rewrites it
    }
    return reaped;
  }
}
