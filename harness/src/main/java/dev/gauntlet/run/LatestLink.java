package dev.gauntlet.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code reports/latest}: a relative symlink to the newest run directory, re-pointed when a run
 * starts, so a pipeline finds the run it just made (and a moved reports folder keeps it valid).
 */
public final class LatestLink {

  public static final String NAME = "latest";

  private LatestLink() {}

  /** Points {@code outDir/latest} at {@code runId}; a problem (no symlinks here) is returned, not thrown. */
  public static Optional<String> point(Path outDir, String runId) {
    Path link = outDir.resolve(NAME);
    Path tmp = outDir.resolve("." + NAME + "-" + runId);
    try {
      if (Files.exists(link) && !Files.isSymbolicLink(link)) {
        return Optional.of(link + " exists and is not a symlink: left as it is");
      }
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, Path.of(runId));
      // a rename replaces the old link in one step: a reader never sees it missing
      Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to tidy
      }
      return Optional.of("cannot point " + link + " at " + runId + ": " + e);
    }
  }
}
