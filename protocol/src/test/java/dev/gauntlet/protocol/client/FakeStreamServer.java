package dev.gauntlet.protocol.client;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A tiny Streamlit-like server on 127.0.0.1 for client tests: serves health and host-config under
 * {@code /app}, selects subprotocol {@code streamlit}, pings on open, records what the client
 * sent, and answers the n-th client frame through a script.
 */
final class FakeStreamServer implements AutoCloseable {
  /** Answers the n-th (0-based) client frame on a socket. */
  interface Script extends BiConsumer<Integer, ServerWebSocket> {}

  final List<String> offeredSubprotocols = new CopyOnWriteArrayList<>();
  final List<String> origins = new CopyOnWriteArrayList<>();
  final List<String> paths = new CopyOnWriteArrayList<>();
  final List<byte[]> clientFrames = new CopyOnWriteArrayList<>();
  final CompletableFuture<Buffer> pongReceived = new CompletableFuture<>();
  final CompletableFuture<Short> clientCloseStatus = new CompletableFuture<>();
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;

  FakeStreamServer(Script script) throws Exception {
    server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
        .setWebSocketSubProtocols(List.of("streamlit")));
    server.requestHandler(req -> {
      switch (req.path()) {
        case "/app/_stcore/health": req.response().end("ok"); break;
        case "/app/_stcore/host-config": req.response().end("{\"allowedOrigins\":[],\"useExternalAuthToken\":false}"); break;
        case "/app/": req.response().putHeader("Cache-Control", "no-cache").end("<html></html>"); break;
        default: req.response().setStatusCode(404).end("no " + req.path());
      }
    });
    server.webSocketHandler(ws -> {
      offeredSubprotocols.add(ws.headers().get("Sec-WebSocket-Protocol"));
      origins.add(ws.headers().get("Origin"));
      paths.add(ws.path());
      ws.pongHandler(pongReceived::complete);
      ws.closeHandler(v -> clientCloseStatus.complete(ws.closeStatusCode()));
      int[] count = {0};
      ws.binaryMessageHandler(frame -> {
        clientFrames.add(frame.getBytes());
        script.accept(count[0]++, ws);
      });
      ws.writePing(Buffer.buffer("p"));
    });
    server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.actualPort() + "/app");
  }

  static void send(ServerWebSocket ws, List<byte[]> frames) {
    frames.forEach(f -> ws.writeBinaryMessage(Buffer.buffer(f)));
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
