package dev.gauntlet.platform.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class-data archives' cache folder, kept small: each class path's contents make an archive
 * (about 20 MB) and the copies of the jars it was made against ({@code runtime-KEY.jar}, 40 MB for
 * the platform's), and nothing else ever removes old ones. Stateless.
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
   * Deletes all but the {@link #KEEP} most recently used archives in {@code dir}, with their jars;
   * partial files and jars with no archive older than {@link #STALE_PARTIAL}. A pod already started
   * keeps its mapping of a deleted file.
   */
  static void prune(Path dir, Instant now) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().startsWith("runtime-")).toList();
    }
    List<Path> archives = files.stream().filter(p -> p.toString().endsWith(".jsa"))
        .sorted(Comparator.comparing(ArchiveCache::lastUsed).reversed()).toList();
    Set<String> kept = new HashSet<>();
    Set<String> pruned = new HashSet<>();
    for (int i = 0; i < archives.size(); i++) {
      if (i < KEEP) {
        kept.add(stem(archives.get(i)));
      } else {
        Files.deleteIfExists(archives.get(i));
        pruned.add(stem(archives.get(i)));
      }
    }
    Instant stale = now.minus(STALE_PARTIAL);
    for (Path f : files) {
      String name = f.getFileName().toString();
      boolean jar = name.endsWith(".jar");
      boolean isStale = lastUsed(f).toInstant().isBefore(stale);
      if (jar && pruned.contains(jarStem(name))) {
        Files.deleteIfExists(f); // its archive was just pruned
      } else if (isStale && (name.endsWith(".tmp") || jar && !kept.contains(jarStem(name)))) {
        Files.deleteIfExists(f); // a crashed training's: partial, or jars whose archive never came
      }
    }
  }

  private static String stem(Path archive) {
    String name = archive.getFileName().toString();
    return name.substring(0, name.length() - ".jsa".length());
  }

  /** {@code runtime-KEY.jar} and {@code runtime-KEY-I.jar} (one of several) belong to {@code runtime-KEY}. */
  private static String jarStem(String jar) {
    String stem = jar.substring(0, jar.length() - ".jar".length());
    return stem.matches("runtime-[0-9a-f]+-\\d+") ? stem.substring(0, stem.lastIndexOf('-')) : stem;
  }

  private static FileTime lastUsed(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // gone meanwhile: first in line to be deleted, which is a no-op
    }
  }
}
