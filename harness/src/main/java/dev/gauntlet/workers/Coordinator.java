package dev.gauntlet.workers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinating run's small HTTP API for its workers (docs/workers.md): its clock (each worker
 * measures its offset), the start barrier (once every worker is ready, one start instant for all),
 * the stop (an abort asked by an objective or the target watch) and, for workers with no shared
 * disk, their results ({@link Uploads}). Mutable and thread-safe.
 */
public final class Coordinator implements AutoCloseable {

  /** From the last worker ready to the shared start: enough for every worker to hear of it. */
  static final long START_LEAD_MILLIS = 1_000;

  private static final Pattern HOST_PORT = Pattern.compile("(\\[.*\\]|[^:]*):(\\d+)");
  private static final Pattern WORKER_PATH = Pattern.compile("/v1/workers/(\\d+)/(ready|ended|files/(.+))");

  private final HttpServer server;
  private final int count;
  private final Supplier<Optional<String>> abortReason;
  private final Uploads uploads;
  private final Map<Integer, Boolean> ready = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> ended = new ConcurrentHashMap<>();
  private volatile long startAtMillis;
  private volatile String stopped;

  private Coordinator(HttpServer server, int count, Path runDir, Supplier<Optional<String>> abortReason) {
    this.server = server;
    this.count = count;
    this.abortReason = abortReason;
    this.uploads = new Uploads(runDir.resolve("workers"), count);
  }

  /**
   * Serves on {@code bind}: a host (127.0.0.1 for workers on this machine) at an ephemeral port, or
   * {@code host:port} at a fixed one (for a firewall or a port-forward in front of a Job's pods).
   *
   * @param abortReason why the load must stop, when it must (the run's {@code Abort})
   */
  public static Coordinator start(String bind, int count, Path runDir, Supplier<Optional<String>> abortReason)
      throws IOException {
    HttpServer server = HttpServer.create(address(bind), 64);
    Coordinator c = new Coordinator(server, count, runDir, abortReason);
    server.createContext("/v1/clock", c::clock);
    server.createContext("/v1/state", c::state);
    server.createContext("/v1/workers/", c::worker);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "gauntlet-coordinator");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return c;
  }

  /** {@code host} or {@code host:port} ({@code [v6]:port}); without a port, an ephemeral one. */
  public static InetSocketAddress address(String bind) {
    Matcher m = HOST_PORT.matcher(bind);
    return m.matches() ? new InetSocketAddress(m.group(1).replaceAll("^\\[|\\]$", ""), Integer.parseInt(m.group(2)))
        : new InetSocketAddress(bind, 0);
  }

  /** Where workers on this machine reach it. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getHostString() + ":" + a.getPort());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The shared start, epoch ms on this clock; 0 until every worker is ready. */
  public long startAtMillis() {
    return startAtMillis;
  }

  /** Tells every worker to stop its load now (a worker failed, or the run is ending). */
  public void stop(String reason) {
    stopped = reason;
  }

  /** The status a worker reported at its end (workers that upload report it; local ones exit with it). */
  public Optional<Integer> reportedEnd(int worker) {
    return Optional.ofNullable(ended.get(worker));
  }

  private void clock(HttpExchange x) throws IOException {
    answer(x, 200, Long.toString(ClockOffset.nowMicros()));
  }

  private void state(HttpExchange x) throws IOException {
    String abort = stopped != null ? stopped : abortReason.get().orElse(null);
    answer(x, 200, "{\"startAt\":" + startAtMillis + ",\"abort\":" + (abort == null ? "null" : quote(abort)) + "}");
  }

  private void worker(HttpExchange x) throws IOException {
    Matcher m = WORKER_PATH.matcher(x.getRequestURI().getPath());
    int worker = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (worker < 1 || worker > count) {
      answer(x, 404, "no such worker: " + x.getRequestURI().getPath() + " (workers are 1 to " + count + ")");
      return;
    }
    switch (m.group(2).startsWith("files/") ? "files" : m.group(2)) {
      case "ready" -> {
        ready.put(worker, true);
        synchronized (this) {
          if (ready.size() == count && startAtMillis == 0) {
            startAtMillis = System.currentTimeMillis() + START_LEAD_MILLIS;
          }
        }
        answer(x, 204, "");
      }
      case "ended" -> {
        ended.put(worker, Integer.parseInt(query(x, "status").orElse("1")));
        answer(x, 204, "");
      }
      default -> {
        try (InputStream body = x.getRequestBody()) {
          Uploads.Result r = uploads.write(worker, m.group(3), query(x, "offset").map(Long::parseLong), body);
          answer(x, r.status(), r.message());
        }
      }
    }
  }

  private static Optional<String> query(HttpExchange x, String name) {
    String q = x.getRequestURI().getRawQuery();
    if (q == null) {
      return Optional.empty();
    }
    for (String pair : q.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Optional.of(pair.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }

  private static void answer(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(bytes);
      }
    }
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
