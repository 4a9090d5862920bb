package dev.gauntlet.load.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Gatling's settings for a Gauntlet run, with every call home off: no usage analytics
 * ({@code gatling.data.enableAnalytics}), no HTTP warm-up request ({@code gatling.http.warmUpUrl}),
 * and no latest-release check (it reads java.util.prefs node {@code /io/gatling/latestVersion};
 * we point the prefs at our own folder and seed a fresh "check failed" result there, which
 * Gatling trusts for an hour past its timestamp, set far in the future).
 */
public final class QuietGatling {

  /** Where the seeded preferences live unless {@code java.util.prefs.userRoot} is already set. */
  public static final Path DEFAULT_PREFS = Path.of(System.getProperty("user.home"), ".gauntlet", "prefs");

  private static final String PREFS_NODE = "/io/gatling/latestVersion";
  private static final long FAR_FUTURE_MILLIS = 4_102_444_800_000L; // 2100-01-01

  private QuietGatling() {}

  /** Sets the system properties Gatling reads at start; call before Gatling's first use. */
  public static void configure() {
    System.setProperty("gatling.data.enableAnalytics", "false");
    System.setProperty("gatling.http.warmUpUrl", "");
    // Gatling's own summary on stdout is kept (a run sends it to run.log); its HTML report is a bonus beside our journal.
    seedPreferences();
  }

  /** Gatling's command line: the simulation and its results folder. */
  public static List<String> args(String simulation, Path resultsDir, String description) {
    return List.of("-s", simulation, "-rf", resultsDir.toAbsolutePath().toString(),
        "-rd", description, "-l", "gauntlet");
  }

  private static void seedPreferences() {
    if (System.getProperty("java.util.prefs.userRoot") == null) {
      try {
        Files.createDirectories(DEFAULT_PREFS);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + DEFAULT_PREFS + " for Gatling's preferences", e);
      }
      System.setProperty("java.util.prefs.userRoot", DEFAULT_PREFS.toString());
    }
    Preferences node = Preferences.userRoot().node(PREFS_NODE);
    node.putLong("lastCheckTimestamp", FAR_FUTURE_MILLIS);
    node.putBoolean("lastCheckSuccess", false);
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // not fatal: the values are still in memory for this JVM, which is what Gatling reads
    }
  }
}
