package dev.gauntlet.report.html;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium for tests: a fresh profile in a temp dir, DevTools on a free port of
 * 127.0.0.1, nothing fetched in the background, output to a file. {@link #close} stops it by its
 * pid (and any child still alive, by theirs) and deletes the profile.
 */
public final class Chromium implements AutoCloseable {

  private static final List<String> CANDIDATES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");

  private final Process process;
  private final Path home;
  private final URI devTools;

  private Chromium(Process process, Path home, URI devTools) {
    this.process = process;
    this.home = home;
    this.devTools = devTools;
  }

  /** {@code GAUNTLET_CHROMIUM}, else the first of {@link #CANDIDATES} on the PATH. */
  public static Optional<Path> binary() {
    String configured = System.getenv("GAUNTLET_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    return CANDIDATES.stream().flatMap(name -> Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
  }

  /** The binary; the test is skipped without one, or fails when GAUNTLET_REQUIRE_ALL=1 (CI must run it). */
  public static Path requireOrSkip() {
    Optional<Path> found = binary();
    boolean required = "1".equals(System.getenv("GAUNTLET_REQUIRE_ALL"))
        || "1".equals(System.getProperty("gauntlet.requireAll"));
    if (found.isEmpty() && required) {
      Assertions.fail("GAUNTLET_REQUIRE_ALL=1 but no Chromium: looked for " + CANDIDATES
          + " on the PATH and at GAUNTLET_CHROMIUM; install it (apt-get install -y chromium) or set GAUNTLET_CHROMIUM");
    }
    Assumptions.assumeTrue(found.isPresent(), "no " + CANDIDATES + " on the PATH (or set GAUNTLET_CHROMIUM): skipped");
    return found.get();
  }

  /** Starts it and waits (up to {@code timeout}) until DevTools listens. */
  public static Chromium start(Path binary, Duration timeout) {
    Path home;
    try {
      home = Files.createTempDirectory("gauntlet-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temp dir for Chromium's profile", e);
    }
    Path profile = home.resolve("profile");
    Path log = home.resolve("chromium.log");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        "--metrics-recording-only", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        "--mute-audio", "--hide-scrollbars", "about:blank"));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      delete(home);
      throw new UncheckedIOException("cannot start " + binary, e);
    }
    AtomicReference<URI> url = new AtomicReference<>();
    try {
      await("Chromium's DevTools URL (DevToolsActivePort or 'DevTools listening on' in " + log + ")")
          .atMost(timeout).pollInterval(Duration.ofMillis(100))
          .until(() -> DevToolsUrl.find(profile, log).map(u -> { url.set(u); return true; }).orElse(!process.isAlive()));
    } catch (RuntimeException e) {
      new Chromium(process, home, null).close();
      throw e;
    }
    if (url.get() == null) {
      String output = DevToolsUrl.tail(log);
      new Chromium(process, home, null).close();
      throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before DevTools listened: "
          + output);
    }
    return new Chromium(process, home, url.get());
  }

  /** The browser's DevTools websocket, e.g. {@code ws://127.0.0.1:41234/devtools/browser/<id>}. */
  public URI devTools() {
    return devTools;
  }

  public long pid() {
    return process.pid();
  }

  /** SIGTERM, then SIGKILL after 5 s; then every child still alive by its pid; then the profile is deleted. */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      for (ProcessHandle child : children) {
        if (child.isAlive()) {
          child.destroyForcibly();
          child.onExit().get(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("Chromium (pid " + process.pid() + ") or a child did not stop within 5 s", e);
    } finally {
      delete(home);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete Chromium's profile " + dir, e);
    }
  }
}
