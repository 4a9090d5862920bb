package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir Path dir;

  @Test
  void keepsTheMostRecentlyUsedArchivesAndDeletesTheRest() throws IOException {
    for (int i = 0; i < 10; i++) {
      file("runtime-" + i + ".jsa", NOW.minus(Duration.ofHours(10 - i))); // 9 is the newest
    }
    ArchiveCache.touch(dir.resolve("runtime-0.jsa")); // the oldest, but a pod just started with it

    ArchiveCache.prune(dir, NOW);

    assertThat(names()).containsExactlyInAnyOrder(
        "runtime-0.jsa", "runtime-5.jsa", "runtime-6.jsa", "runtime-7.jsa", "runtime-8.jsa", "runtime-9.jsa");
  }

  @Test
  void deletesOnlyStalePartialArchivesAndLeavesOtherFiles() throws IOException {
    file("runtime-a.jsa.123.tmp", NOW.minus(Duration.ofHours(2)));
    file("runtime-b.jsa.456.tmp", NOW.minus(Duration.ofMinutes(5))); // a training still writing
    file("notes.txt", NOW.minus(Duration.ofDays(30)));
    IntStream.range(0, ArchiveCache.KEEP).forEach(i -> file("runtime-" + i + ".jsa", NOW));

    ArchiveCache.prune(dir, NOW);

    assertThat(names()).contains("runtime-b.jsa.456.tmp", "notes.txt").doesNotContain("runtime-a.jsa.123.tmp")
        .hasSize(ArchiveCache.KEEP + 2);
  }

  @Test
  void anArchivesJarCopiesGoWithItAndJarsWithNoArchiveOnlyOnceStale() throws IOException {
    for (int i = 0; i < ArchiveCache.KEEP + 1; i++) {
      file("runtime-a" + i + ".jsa", NOW.minus(Duration.ofHours(10 - i))); // a0 is the least recently used
      file("runtime-a" + i + ".jar", NOW.minus(Duration.ofHours(20)));
    }
    file("runtime-b-0.jar", NOW.minus(Duration.ofMinutes(1))); // a training copying jars right now
    file("runtime-b-1.jar", NOW.minus(Duration.ofMinutes(1)));
    file("runtime-c.jar", NOW.minus(Duration.ofHours(3))); // a training that died before its archive

    ArchiveCache.prune(dir, NOW);

    assertThat(names()).doesNotContain("runtime-a0.jsa", "runtime-a0.jar", "runtime-c.jar")
        .contains("runtime-a1.jsa", "runtime-a1.jar", "runtime-a6.jar", "runtime-b-0.jar", "runtime-b-1.jar")
        .hasSize(2 * ArchiveCache.KEEP + 2);
  }

  private void file(String name, Instant modified) {
    try {
      Path p = Files.writeString(dir.resolve(name), name);
      Files.setLastModifiedTime(p, FileTime.from(modified));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }
}
