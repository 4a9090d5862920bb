package dev.gauntlet.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request to a target, as a browser would make it, told in {@link TargetFailure}'s words when
 * it fails: a GET that must answer 200, or a socket handshake. For the preflight, and for naming
 * what a failing socket gets, which Gatling does not tell its users.
 */
public final class TargetProbe {

  private TargetProbe() {}

  /** What is wrong with {@code GET url} within {@code timeout}; empty when it answered 200. */
  public static Optional<String> get(String url, Duration timeout) {
    return get(url, timeout, java.util.Set.of(200));
  }

  /** As above, any of {@code fine} being a good answer (401 from a target that wants the users' credentials). */
  public static Optional<String> get(String url, Duration timeout, java.util.Set<Integer> fine) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    try {
      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
          .header("Accept", "text/html,application/json,*/*").GET().build(), HttpResponse.BodyHandlers.discarding());
      return fine.contains(response.statusCode()) ? Optional.empty()
          : Optional.of(TargetFailure.httpStatus(url, response.statusCode()));
    } catch (HttpTimeoutException e) {
      return Optional.of(TargetFailure.noAnswer(url, "nothing within " + timeout.toMillis() + " ms"));
    } catch (IOException e) {
      return Optional.of(TargetFailure.noAnswer(url, why(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(TargetFailure.noAnswer(url, "interrupted"));
    }
  }

  /** What is wrong with opening a socket at {@code wsUrl} (offering Streamlit's subprotocol); empty when it opened. */
  public static Optional<String> handshake(String wsUrl, Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      WebSocket socket = client.newWebSocketBuilder().connectTimeout(timeout).subprotocols("streamlit")
          .buildAsync(URI.create(wsUrl), new WebSocket.Listener() { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      socket.abort(); // it opened: nothing to say, nothing to keep
      return Optional.empty();
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof WebSocketHandshakeException h) {
        return Optional.of(TargetFailure.handshake(wsUrl, "answered " + h.getResponse().statusCode()
            + " instead of 101 Switching Protocols"));
      }
      return Optional.of(TargetFailure.handshake(wsUrl, why(cause)));
    } catch (TimeoutException e) {
      return Optional.of(TargetFailure.handshake(wsUrl, "no answer within " + timeout.toMillis() + " ms"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(TargetFailure.handshake(wsUrl, "interrupted"));
    }
  }

  private static String why(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused";
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
