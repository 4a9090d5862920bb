package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    return lock;
  }

  /** Kills every process listed in the registry and the pod files that is still ours. */
  public static List<String> reap(StatePaths paths) {
    List<RegistryEntry> entries = new ArrayList<>(ProcessRegistry.read(paths.registry()));
    // components first: a live scheduler would replace the pods we kill
    List<String> reaped = new ArrayList<>(Reaper.reap(entries));
    reaped.addAll(Reaper.reap(PodFiles.read(paths.pods())));
    try {
      java.nio.file.Files.deleteIfExists(paths.registry());
    } catch (IOException e) {
      // the next start rewrites it
    }
    return reaped;
  }
}
