package dev.gauntlet.protocol.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One pre-socket HTTP call's outcome.
 *
 * @param startNanos {@code System.nanoTime()} when the request was sent
 * @param endNanos {@code System.nanoTime()} when the whole body had arrived
 */
public record HttpResult(URI uri, int status, String body, Map<String, List<String>> headers,
    long startNanos, long endNanos) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public Duration elapsed() {
    return Duration.ofNanos(endNanos - startNanos);
  }
}
