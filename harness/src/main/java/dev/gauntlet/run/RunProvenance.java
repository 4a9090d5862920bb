package dev.gauntlet.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a run records of what it ran (docs/summary.md, {@code provenance}): the scenario's digest,
 * the commit of the checkout it lives in, and the harness's version.
 */
public final class RunProvenance {

  /** Overrides the commit (CI systems know it better than the checkout, e.g. a detached build). */
  public static final String COMMIT_ENV = "GAUNTLET_GIT_COMMIT";

  private static final long GIT_TIMEOUT_MILLIS = 5_000;

  private RunProvenance() {}

  /**
   * SHA-256 over the scenario file and then each file it names, in order, each preceded by its
   * file name: an edit to an app spec or an experiment changes what the run measured.
   */
  public static String scenarioSha256(Path scenario, List<Path> referenced) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      LinkedHashSet<Path> files = new LinkedHashSet<>();
      files.add(scenario.toAbsolutePath().normalize());
      referenced.forEach(p -> files.add(p.toAbsolutePath().normalize()));
      for (Path file : files) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a scenario file to hash it", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** {@value #COMMIT_ENV}, else {@code git rev-parse HEAD} in {@code dir}; null outside a checkout or without git. */
  public static String gitCommit(Path dir) {
    String env = System.getenv(COMMIT_ENV);
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    try {
      Path out = Files.createTempFile("gauntlet-git", ".txt");
      try {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!git.waitFor(GIT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
          git.destroyForcibly();
          return null;
        }
        String sha = Files.readString(out).trim();
        return git.exitValue() == 0 && sha.matches("[0-9a-f]{40}") ? sha : null;
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      return null; // no git on the PATH: the run is still worth keeping
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The harness jar's version, or the development version when run from classes. */
  public static String gauntletVersion() {
    String v = RunProvenance.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
