package dev.gauntlet.platform.scheduler;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The health probe over Vert.x's HTTP client, with one timeout for connect and answer. */
final class HttpHealthProbe implements HealthProbe {

  private final HttpClient client;
  private final long timeoutMillis;

  HttpHealthProbe(Vertx vertx, Duration timeout) {
    this.timeoutMillis = timeout.toMillis();
    this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false));
  }

  @Override
  public CompletableFuture<Integer> status(String endpoint) {
    URI uri = URI.create(endpoint);
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
        .setPort(uri.getPort()).setURI("/_stcore/health").setConnectTimeout(timeoutMillis).setTimeout(timeoutMillis);
    return client.request(options)
        .compose(req -> req.send())
        .compose(resp -> resp.body().map(body -> resp.statusCode()))
        .toCompletionStage().toCompletableFuture();
  }
}
