package dev.gauntlet.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A broken target for fail-fast tests: an HTTP server in the test's JVM on 127.0.0.1 that answers
 * every request with the status its rule gives for the path and the how-many-th request to it, and
 * no body. It answers a socket upgrade like any GET, so a status there fails the handshake.
 */
final class StubTarget implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  private StubTarget(BiFunction<String, Integer, Integer> statusOfPathAndCount) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      int count = requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      exchange.sendResponseHeaders(statusOfPathAndCount.apply(path, count), -1);
      exchange.close();
    });
    server.setExecutor(threads);
    server.start();
  }

  /** @param statusOfPathAndCount the status for a path and the count of requests to it so far (1 for the first) */
  static StubTarget answering(BiFunction<String, Integer, Integer> statusOfPathAndCount) throws IOException {
    return new StubTarget(statusOfPathAndCount);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int requests(String path) {
    AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
