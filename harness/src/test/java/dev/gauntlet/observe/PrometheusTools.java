package dev.gauntlet.observe;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Debian's {@code prometheus} and {@code promtool} for tests: skipped when absent, unless GAUNTLET_REQUIRE_ALL=1. */
final class PrometheusTools {

  private PrometheusTools() {}

  static Optional<Path> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
        .filter(Files::isExecutable).findFirst();
  }

  /** The binary; the test is skipped without it, or fails when GAUNTLET_REQUIRE_ALL=1 (CI must run it). */
  static Path requireOrSkip(String name) {
    Optional<Path> found = find(name);
    boolean required = "1".equals(System.getenv("GAUNTLET_REQUIRE_ALL"))
        || "1".equals(System.getProperty("gauntlet.requireAll"));
    if (found.isEmpty() && required) {
      Assertions.fail("GAUNTLET_REQUIRE_ALL=1 but no '" + name + "' on the PATH; install it (apt-get install -y "
          + "prometheus: .ci/run does)");
    }
    Assumptions.assumeTrue(found.isPresent(), "no '" + name + "' on the PATH: skipped");
    return found.get();
  }
}
