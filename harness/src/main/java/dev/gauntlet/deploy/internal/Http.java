package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small blocking HTTP GETs against the platform's own endpoints (127.0.0.1, short timeouts). */
public final class Http {

  /** How long {@link #getJson(URI)} waits out a restarted scheduler's 503 "recovering". */
  public static final Duration RECOVERY_WAIT = Duration.ofSeconds(30);
  private static final long DEFAULT_RETRY_MILLIS = 200;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(1))
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  private Http() {}

  /** The status and body of {@code GET uri}; IOException when nothing answers. */
  public static HttpResponse<String> get(URI uri) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** A 200 answer's JSON, waiting up to {@link #RECOVERY_WAIT} while the scheduler is recovering. */
  public static JsonNode getJson(URI uri) throws IOException {
    return getJson(uri, RECOVERY_WAIT);
  }

  /**
   * A 200 answer's JSON. A 503 {@code {"status": "recovering"}} (a restarted scheduler that has not
   * re-adopted its pods yet) is asked again until {@code recoveryWait} has passed: its lists are
   * not known yet, which is not the same as empty. Any other answer is an IOException.
   */
  public static JsonNode getJson(URI uri, Duration recoveryWait) throws IOException {
    long end = System.nanoTime() + recoveryWait.toNanos();
    while (true) {
      HttpResponse<String> response = get(uri);
      if (response.statusCode() == 200) {
        return JSON.readTree(response.body());
      }
      long retryMillis = recoveringRetryMillis(response);
      if (retryMillis < 0) {
        throw new IOException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      if (System.nanoTime() + retryMillis * 1_000_000 >= end) {
        throw new IOException("GET " + uri + " still answered 503 recovering after " + recoveryWait.toMillis()
            + " ms: " + response.body() + "; the scheduler has not re-adopted its pods (see its log)");
      }
      pause(retryMillis);
    }
  }

  /** The wait a 503 "recovering" asks for ({@code retryAfterMillis}, else Retry-After), or -1 for any other answer. */
  static long recoveringRetryMillis(HttpResponse<String> response) {
    if (response.statusCode() != 503) {
      return -1;
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      return -1;
    }
    if (body == null || !"recovering".equals(body.path("status").asText())) {
      return -1;
    }
    if (body.path("retryAfterMillis").canConvertToLong()) {
      return Math.max(1, body.path("retryAfterMillis").asLong());
    }
    return response.headers().firstValueAsLong("Retry-After").stream().map(s -> s * 1000).findFirst()
        .orElse(DEFAULT_RETRY_MILLIS);
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the scheduler was recovering", e);
    }
  }
}
