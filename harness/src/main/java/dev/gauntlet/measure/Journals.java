package dev.gauntlet.measure;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Journal} per file in this JVM, so the launcher, the simulation and the run command
 * append to the same writer (interleaved lines never tear) instead of opening the file twice.
 */
public final class Journals {

  private static final Map<Path, Journal> OPEN = new ConcurrentHashMap<>();

  private Journals() {}

  /** The journal writing {@code file}, opened for appending on first use. */
  public static Journal shared(Path file) {
    return OPEN.computeIfAbsent(file.toAbsolutePath().normalize(), Journal::append);
  }

  /** Closes and forgets the shared journal of {@code file}, if one is open. */
  public static void close(Path file) {
    Journal journal = OPEN.remove(file.toAbsolutePath().normalize());
    if (journal != null) {
      journal.close();
    }
  }
}
