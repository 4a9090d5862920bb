package dev.gauntlet.deploy;

import dev.gauntlet.deploy.internal.Leftovers;
import dev.gauntlet.deploy.internal.RegistryEntry;
import dev.gauntlet.deploy.internal.Reaper;
import dev.gauntlet.deploy.internal.StateLock;
import dev.gauntlet.deploy.internal.StatePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A local deployment's state dir seen from outside: is a harness running from it, and what did
 * a crashed run leave behind. What {@code gauntlet down} works with.
 */
public final class LocalState {

  private final StatePaths paths;

  private LocalState(Path dir) {
    this.paths = new StatePaths(dir);
  }

  public static LocalState at(Path dir) {
    return new LocalState(dir);
  }

  public Path root() {
    return paths.root();
  }

  /** {@code deployment.json}: written by {@code up} once ready, removed when it stops. */
  public Path deploymentFile() {
    return paths.deploymentFile();
  }

  public Path logs() {
    return paths.logs();
  }

  /** True when a live harness holds the dir's lock. */
  public boolean inUse() {
    try {
      Optional<StateLock> lock = StateLock.tryAcquire(paths.lockFile());
      lock.ifPresent(StateLock::close);
      return lock.isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + paths.lockFile(), e);
    }
  }

  /** The harness process holding the lock, when it is a gauntlet CLI we may signal. */
  public Optional<ProcessHandle> harness() {
    if (!inUse()) {
      return Optional.empty();
    }
    return StateLock.holder(paths.lockFile())
        .filter(e -> Reaper.isOurs(e, ProcessHandle.of(e.pid())))
        .flatMap(e -> ProcessHandle.of(e.pid()));
  }

  /** The pid recorded in the lock, whatever process it is (for messages). */
  public Optional<Long> lockHolderPid() {
    return inUse() ? StateLock.holder(paths.lockFile()).map(RegistryEntry::pid) : Optional.empty();
  }

  /** Kills the registry's and pod files' processes that are still ours; says which. */
  public List<String> reap() {
    return Leftovers.reap(paths);
  }
}
