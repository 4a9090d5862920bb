package dev.gauntlet.observe;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code prometheus} started for one run (observability: {prometheus: local}): on
 * 127.0.0.1, scraping every second the harness and the targets {@link #targets} names, its config,
 * data and log under {@code <run-dir>/prometheus/}. Stopped by {@link #close()}, by its own pid.
 */
public final class LocalPrometheus implements AutoCloseable {

  /** Long enough for its TSDB to open on a busy machine. */
  private static final Duration READY = Duration.ofSeconds(30);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final Process process;
  private final Path dir;
  private final PrometheusApi api;

  private LocalPrometheus(Process process, Path dir, PrometheusApi api) {
    this.process = process;
    this.dir = dir;
    this.api = api;
  }

  /** The binary on PATH, when there is one. */
  public static Optional<Path> binary() {
    String path = System.getenv("PATH");
    for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "prometheus");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Starts it scraping {@code harness} (host:port) and waits until it is ready. */
  public static LocalPrometheus start(Path runDir, String harness) {
    Path binary = binary().orElseThrow(() -> new IllegalStateException("observability.prometheus is local but no "
        + "'prometheus' is on PATH; install it (Debian: apt-get install -y prometheus) or name an existing one "
        + "with prometheus: http://HOST:PORT"));
    Path dir = runDir.resolve("prometheus");
    int port = freePort();
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.writeString(dir.resolve("prometheus.yml"), PrometheusConfig.yaml(harness, dir.resolve("targets.json")));
      Files.writeString(dir.resolve("targets.json"), "[]");
      Process process = new ProcessBuilder(binary.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
          "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
          "--storage.tsdb.retention.time=7d")
          .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
      LocalPrometheus started = new LocalPrometheus(process, dir, new PrometheusApi(URI.create("http://127.0.0.1:" + port)));
      started.awaitReady();
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary + " (see " + dir.resolve("prometheus.log") + ")", e);
    }
  }

  public PrometheusApi api() {
    return api;
  }

  public long pid() {
    return process.pid();
  }

  /** Replaces what it scrapes besides the harness ({@code file_sd}: it rereads the file on its own). */
  public void targets(List<PrometheusConfig.ScrapeTarget> targets) {
    Path file = dir.resolve("targets.json");
    Path tmp = dir.resolve("targets.json.tmp");
    try {
      Files.writeString(tmp, PrometheusConfig.targetsJson(targets));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (api.ready()) {
        return;
      }
      pause(Duration.ofMillis(200));
    }
    close();
    throw new IllegalStateException("prometheus did not get ready at " + api.base() + " within " + READY.toSeconds()
        + " s (" + (process.isAlive() ? "still starting" : "exited with " + process.exitValue()) + "); see "
        + dir.resolve("prometheus.log"));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis()); // a poll's interval under a deadline
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1 for prometheus", e);
    }
  }
}
