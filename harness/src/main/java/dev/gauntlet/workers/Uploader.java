package dev.gauntlet.workers;

import dev.gauntlet.analysis.RunFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Sends a worker's results to the coordinator when they share no disk (a Job's pods): the journal's
 * new bytes every second, at the offset the coordinator holds (so the run's live merge sees this
 * worker's sessions as they happen), and at the end every other file but Gatling's own. Mutable.
 */
final class Uploader implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI base;
  private final Path dir;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-uploader");
    t.setDaemon(true);
    return t;
  });
  private long sent;

  Uploader(HttpClient http, URI coordinator, int worker, Path dir) {
    this.http = http;
    this.base = coordinator.resolve("/v1/workers/" + worker + "/files/");
    this.dir = dir;
  }

  void start() {
    timer.scheduleWithFixedDelay(this::sendJournalQuietly, 1, 1, TimeUnit.SECONDS);
  }

  /** The journal's rest, then the other files; throws when the coordinator cannot take them. */
  void finish() throws IOException, InterruptedException {
    timer.shutdownNow();
    synchronized (this) {
      sendJournal();
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path file : all.filter(Files::isRegularFile).toList()) {
          String relative = dir.relativize(file).toString().replace('\\', '/');
          if (!relative.equals(RunFiles.JOURNAL) && !relative.startsWith("gatling/")) {
            put(relative, null, HttpRequest.BodyPublishers.ofFile(file));
          }
        }
      }
    }
  }

  private void sendJournalQuietly() {
    try {
      synchronized (this) {
        sendJournal();
      }
    } catch (IOException e) {
      // sent with the next piece
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void sendJournal() throws IOException, InterruptedException {
    Path journal = dir.resolve(RunFiles.JOURNAL);
    if (!Files.exists(journal)) {
      return;
    }
    byte[] rest;
    try (InputStream in = Files.newInputStream(journal)) {
      in.skipNBytes(sent);
      rest = in.readAllBytes();
    }
    int whole = lastNewline(rest) + 1; // only whole lines: the coordinator's reader would wait for the rest anyway
    if (whole == 0) {
      return;
    }
    HttpResponse<String> r = put(RunFiles.JOURNAL, sent, HttpRequest.BodyPublishers.ofByteArray(rest, 0, whole));
    if (r.statusCode() == 409) {
      sent = Long.parseLong(r.body().strip()); // the coordinator holds this much already: go on from there
    } else {
      sent += whole;
    }
  }

  private HttpResponse<String> put(String relative, Long offset, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    URI uri = base.resolve(relative + (offset == null ? "" : "?offset=" + offset));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).PUT(body).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2 && r.statusCode() != 409) {
      throw new IOException("PUT " + uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
