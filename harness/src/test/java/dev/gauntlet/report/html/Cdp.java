package dev.gauntlet.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Chrome DevTools Protocol over the JDK's WebSocket client: commands with ids (answered by
 * futures), and every event kept in arrival order for a test to read. Mutable: one per browser.
 */
final class Cdp implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Duration timeout;
  private WebSocket socket;

  private Cdp(Duration timeout) {
    this.timeout = timeout;
  }

  static Cdp connect(URI devTools, Duration timeout) {
    Cdp cdp = new Cdp(timeout);
    cdp.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
        .buildAsync(devTools, cdp.new Listener()).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    return cdp;
  }

  /** Sends a command (to a page when {@code sessionId} is set) and waits for its result; an error answer throws. */
  JsonNode call(String method, Map<String, ?> params, String sessionId) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(message.toString(), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " " + params + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + timeout, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(method + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + method, e);
    } finally {
      pending.remove(id);
    }
  }

  /** Every event so far of {@code method} for the page {@code sessionId}, oldest first. */
  List<JsonNode> events(String method, String sessionId) {
    return events.stream().filter(e -> method.equals(e.path("method").asText())
        && sessionId.equals(e.path("sessionId").asText())).toList();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(e -> null).join();
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data); // a screenshot arrives in many frames
      if (last) {
        JsonNode message;
        try {
          message = JSON.readTree(partial.toString());
        } catch (IOException e) {
          throw new UncheckedIOException("DevTools sent something that is not JSON", e);
        } finally {
          partial.setLength(0);
        }
        if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
          if (answer != null) {
            answer.complete(message);
          }
        } else {
          events.add(message);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
