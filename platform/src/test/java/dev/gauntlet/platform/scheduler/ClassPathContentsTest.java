package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same source share an archive; any change of contents or options does not. */
class ClassPathContentsTest {

  @TempDir Path dir;

  @Test
  void twoBuildsOfTheSameClassesAtOtherTimesAndPathsDigestAlike() throws IOException {
    Path first = jar("clone1/platform.jar", Map.of("a/A.class", "one", "b/B.class", "two"), "2026-12-01T10:00:00Z");
    Path second = jar("clone2/platform.jar", Map.of("a/A.class", "one", "b/B.class", "two"), "2026-12-08T03:00:00Z");
    assertThat(Files.getLastModifiedTime(first)).isNotEqualTo(Files.getLastModifiedTime(second));

    assertThat(ClassPathContents.digest(first.toString(), "java", "[-Xmx96m]"))
        .isEqualTo(ClassPathContents.digest(second.toString(), "java", "[-Xmx96m]"));
  }

  @Test
  void anotherClassOrOtherOptionsDigestDifferently() throws IOException {
    Path base = jar("a/platform.jar", Map.of("a/A.class", "one"), "2026-12-01T10:00:00Z");
    Path changed = jar("b/platform.jar", Map.of("a/A.class", "One"), "2026-12-01T10:00:00Z");
    String digest = ClassPathContents.digest(base.toString(), "java", "[-Xmx96m]");

    assertThat(ClassPathContents.digest(changed.toString(), "java", "[-Xmx96m]")).isNotEqualTo(digest);
    assertThat(ClassPathContents.digest(base.toString(), "java", "[-Xmx128m]")).isNotEqualTo(digest);
  }

  @Test
  void copiesAreMadeOnceAndNeverReplaced() throws IOException {
    Path jar = jar("build/platform.jar", Map.of("a/A.class", "one"), "2026-12-01T10:00:00Z");
    List<Path> copies = ClassPathContents.copyPaths(jar.toString(), dir.resolve("cache/runtime-ab12"));
    assertThat(copies).containsExactly(dir.resolve("cache/runtime-ab12.jar"));
    Files.createDirectories(dir.resolve("cache"));

    ClassPathContents.copy(jar.toString(), copies);
    FileTime made = FileTime.from(Instant.parse("2026-12-02T00:00:00Z"));
    Files.setLastModifiedTime(copies.get(0), made);
    ClassPathContents.copy(jar.toString(), copies);

    assertThat(Files.mismatch(jar, copies.get(0))).isEqualTo(-1);
    assertThat(Files.getLastModifiedTime(copies.get(0))).as("the archive was made against this one").isEqualTo(made);
    assertThat(ClassPathContents.allJars(jar + java.io.File.pathSeparator + dir)).isFalse();
  }

  private Path jar(String name, Map<String, String> entries, String modified) throws IOException {
    Path jar = dir.resolve(name);
    Files.createDirectories(jar.getParent());
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries.keySet().stream().sorted().toList()) {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(Instant.parse(modified).toEpochMilli()); // a build writes its own time into every entry
        zip.putNextEntry(e);
        zip.write(entries.get(entry).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse(modified)));
    return jar;
  }
}
