package dev.gauntlet.observe;

import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.measure.JournalReader;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@link HarnessMetrics} at {@code http://127.0.0.1:PORT/metrics} while a run is on, feeding
 * them every second from the journal's new lines (which other JVMs' load workers merge into too).
 * Mutable: started by {@link #start}, then {@link #tick()} on demand, closed once.
 */
public final class HarnessExporter implements AutoCloseable {

  private final HarnessMetrics metrics;
  private final JournalReader tail;
  private final HTTPServer server;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-metrics-feed");
    t.setDaemon(true);
    return t;
  });

  private HarnessExporter(HarnessMetrics metrics, Path journal, HTTPServer server) {
    this.metrics = metrics;
    this.tail = JournalReader.follow(journal);
    this.server = server;
  }

  /**
   * Starts serving on 127.0.0.1 ({@code port} 0: any free port) and following {@code journal}.
   *
   * @param apps the run's apps (their series start at zero)
   */
  public static HarnessExporter start(Path journal, Collection<String> apps, int port) {
    HarnessMetrics metrics = new HarnessMetrics(apps);
    HTTPServer server;
    try {
      server = HTTPServer.builder().hostname("127.0.0.1").port(port).registry(metrics.registry()).buildAndStart();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the harness's metrics on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); free the port or leave observability.port out for any free one", e);
    }
    HarnessExporter exporter = new HarnessExporter(metrics, journal, server);
    exporter.tick();
    exporter.timer.scheduleWithFixedDelay(exporter::tick, 1, 1, TimeUnit.SECONDS);
    return exporter;
  }

  /** Where Prometheus scrapes it. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getPort() + "/metrics");
  }

  public int port() {
    return server.getPort();
  }

  /** The components' CPU and memory as the run's scraper last read them. */
  public void resources(List<ResourceSamples.Sample> latest) {
    metrics.resources(latest);
  }

  /** Reads the journal's new lines into the metrics now (the run's end calls it before the last scrape). */
  public synchronized void tick() {
    try {
      tail.poll().forEach(metrics);
    } catch (IOException e) {
      // read again next second: the journal is only ever appended to
    }
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    server.close();
  }
}
