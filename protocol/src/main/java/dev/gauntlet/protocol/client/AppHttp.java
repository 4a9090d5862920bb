package dev.gauntlet.protocol.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The calls a browser makes before opening the socket: page, health, host-config. */
public final class AppHttp {
  private final HttpClient http;
  private final URI base;
  private final Duration timeout;

  /** @param timeout per request (browsers use 15 s for health and host-config) */
  public AppHttp(HttpClient http, URI base, Duration timeout) {
    this.http = http;
    this.base = base;
    this.timeout = timeout;
  }

  public static AppHttp of(URI base) {
    return new AppHttp(HttpClient.newHttpClient(), base, Duration.ofSeconds(15));
  }

  public CompletableFuture<HttpResult> pageAsync() {
    return getAsync("");
  }

  public CompletableFuture<HttpResult> healthAsync() {
    return getAsync("_stcore/health");
  }

  public CompletableFuture<HttpResult> hostConfigAsync() {
    return getAsync("_stcore/host-config");
  }

  public HttpResult page() {
    return join(pageAsync(), "");
  }

  public HttpResult health() {
    return join(healthAsync(), "_stcore/health");
  }

  public HttpResult hostConfig() {
    return join(hostConfigAsync(), "_stcore/host-config");
  }

  /** GET {@code <base>/<path>}; a status of any value is a result, only I/O failure is an error. */
  public CompletableFuture<HttpResult> getAsync(String path) {
    URI uri = StreamUris.resolve(base, path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    long start = System.nanoTime();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(r -> new HttpResult(uri, r.statusCode(), r.body(), r.headers().map(), start,
            System.nanoTime()));
  }

  private HttpResult join(CompletableFuture<HttpResult> call, String path) {
    try {
      return call.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw new UncheckedIOException("GET " + StreamUris.resolve(base, path) + " failed: " + cause
            + " (is the server up on that port?)", (IOException) cause);
      }
      throw e;
    }
  }
}
