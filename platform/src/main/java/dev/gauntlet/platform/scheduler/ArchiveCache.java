package dev.gauntlet.platform.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class-data archives' cache folder, kept small: every build makes a new archive (its class
 * path changed), about 25 MB each, and nothing else ever removes the old ones. Stateless.
 */
final class ArchiveCache {

  /** Archives kept: the newest by last use, enough for a few checkouts and JDKs side by side. */
  static final int KEEP = 6;
  /** A half-written archive older than this is a crashed training's: no live JVM is writing it. */
  static final Duration STALE_PARTIAL = Duration.ofHours(1);

  private ArchiveCache() {}

  /** Marks an archive used now, so pruning keeps the ones pods still start with. */
  static void touch(Path archive) {
    try {
      Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // gone or read-only: pruning may then take it, and the next pod trains a new one
    }
  }

  /**
   * Deletes all but the {@link #KEEP} most recently used archives in {@code dir} and partial ones
   * older than {@link #STALE_PARTIAL}. A pod already started keeps its mapping of a deleted file.
   */
  static void prune(Path dir, Instant now) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().startsWith("runtime-")).toList();
    }
    List<Path> archives = files.stream().filter(p -> p.toString().endsWith(".jsa"))
        .sorted(Comparator.comparing(ArchiveCache::lastUsed).reversed()).toList();
    for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
      Files.deleteIfExists(old);
    }
    for (Path partial : files.stream().filter(p -> p.toString().endsWith(".tmp")).toList()) {
      if (lastUsed(partial).toInstant().isBefore(now.minus(STALE_PARTIAL))) {
        Files.deleteIfExists(partial);
      }
    }
  }

  private static FileTime lastUsed(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // gone meanwhile: first in line to be deleted, which is a no-op
    }
  }
}
