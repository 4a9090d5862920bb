package dev.gauntlet.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformImageTest {

  @Test
  void theTagFollowsTheJarsClassesNotItsTimestamps(@TempDir Path dir) throws IOException {
    Path built = jar(dir.resolve("a.jar"), 1_000_000L, "class A");
    Path rebuilt = jar(dir.resolve("b.jar"), 9_000_000L, "class A");
    Path changed = jar(dir.resolve("c.jar"), 1_000_000L, "class A, changed");

    assertThat(PlatformImage.hash(built)).hasSize(16).isEqualTo(PlatformImage.hash(rebuilt));
    assertThat(PlatformImage.hash(changed)).isNotEqualTo(PlatformImage.hash(built));
  }

  private static Path jar(Path file, long time, String content) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("dev/A.class");
      entry.setTime(time);
      zip.putNextEntry(entry);
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
