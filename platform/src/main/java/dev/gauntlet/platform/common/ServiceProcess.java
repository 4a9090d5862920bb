package dev.gauntlet.platform.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/** What every platform process does around its server: port file, owner watch, log lines. */
public final class ServiceProcess {

  private ServiceProcess() {}

  /** Writes the bound port to {@code portFile} atomically, so a reader never sees half a number. */
  public static void writePortFile(Optional<String> portFile, int port) {
    if (portFile.isEmpty()) {
      return;
    }
    Path target = Path.of(portFile.get());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(tmp, Integer.toString(port), StandardCharsets.US_ASCII);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write port file " + target, e);
    }
  }

  /**
   * Exits with status 3 soon after the owner process ends: a harness killed with SIGKILL takes
   * its deployment with it instead of leaving orphans.
   */
  public static void exitWhenOwnerEnds(Optional<String> ownerPid, String service) {
    if (ownerPid.isEmpty()) {
      return;
    }
    long pid = Long.parseLong(ownerPid.get());
    Optional<ProcessHandle> owner = ProcessHandle.of(pid);
    if (owner.isEmpty()) {
      log(service, "owner process " + pid + " is not running; exiting");
      System.exit(3);
    }
    Thread watch = new Thread(() -> {
      while (owner.get().isAlive()) {
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
      log(service, "owner process " + pid + " ended; exiting");
      Runtime.getRuntime().halt(3);
    }, "owner-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * The file this process's log lines go to (its standard error, as its starter redirected it),
   * for errors that send a reader there; empty when it is a terminal or a pipe.
   */
  public static Optional<Path> outputFile() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      return target.isAbsolute() && Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty(); // not Linux, or no /proc
    }
  }

  public static void log(String service, String line) {
    System.err.println(Instant.now() + " " + service + " " + line);
  }
}
