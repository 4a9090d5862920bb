package dev.gauntlet.protocol.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Opens the socket the way a browser does: subprotocols, Origin, then waits with a clear error. */
final class SessionConnector {
  private SessionConnector() {}

  static CompletableFuture<WebSocket> open(SessionOptions options, HttpClient http,
      WebSocket.Listener listener) {
    List<String> rest = new ArrayList<>();
    rest.add(options.authToken());
    options.lastSessionId().ifPresent(rest::add);
    return http.newWebSocketBuilder()
        .subprotocols("streamlit", rest.toArray(String[]::new))
        .header("Origin", StreamUris.origin(options.baseUri()))
        .connectTimeout(options.connectTimeout())
        .buildAsync(StreamUris.streamUri(options.baseUri()), listener);
  }

  static SessionClient await(CompletableFuture<SessionClient> opening, SessionOptions options) {
    URI uri = StreamUris.streamUri(options.baseUri());
    // The builder's connectTimeout bounds the handshake; this extra bound guards a stuck future.
    long boundMillis = options.connectTimeout().toMillis() + 1000;
    try {
      return opening.get(boundMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("could not open " + uri + " within " + boundMillis
          + " ms (is the server up and the port right?)", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(describe(uri, options, e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted opening " + uri, e);
    }
  }

  private static String describe(URI uri, SessionOptions options, Throwable cause) {
    String offered = "streamlit, " + options.authToken()
        + options.lastSessionId().map(id -> ", " + id).orElse("");
    if (cause instanceof WebSocketHandshakeException) {
      int status = ((WebSocketHandshakeException) cause).getResponse().statusCode();
      return "WebSocket handshake to " + uri + " failed with HTTP " + status
          + " (offered subprotocols [" + offered + "], Origin " + StreamUris.origin(options.baseUri())
          + "); expected 101 with subprotocol 'streamlit': check the path prefix and the allowed origins";
    }
    return "could not open " + uri + " (offered subprotocols [" + offered + "]): " + cause;
  }
}
