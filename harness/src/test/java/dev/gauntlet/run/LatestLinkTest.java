package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reports/latest: a relative link to the newest run, re-pointed in place; a real directory there is left alone. */
class LatestLinkTest {

  @TempDir
  Path reports;

  @Test
  void pointsAtTheNewestRunRelatively() throws Exception {
    Files.createDirectories(reports.resolve("run-1"));
    Files.createDirectories(reports.resolve("run-2"));

    assertThat(LatestLink.point(reports, "run-1")).isEmpty();
    assertThat(LatestLink.point(reports, "run-2")).isEmpty();

    Path link = reports.resolve("latest");
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("run-2"));
    assertThat(link.toRealPath()).isEqualTo(reports.resolve("run-2").toRealPath());
    assertThat(reports).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".latest"));
  }

  @Test
  void aDirectoryNamedLatestIsLeftAsItIsWithAWarning() throws Exception {
    Files.createDirectories(reports.resolve("latest"));

    assertThat(LatestLink.point(reports, "run-1")).hasValueSatisfying(w -> assertThat(w).endsWith("is not a symlink: left as it is"));
    assertThat(Files.isSymbolicLink(reports.resolve("latest"))).isFalse();
  }
}
