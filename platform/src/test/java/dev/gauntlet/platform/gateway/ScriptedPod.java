package dev.gauntlet.platform.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in runtime pod in the test JVM: keeps every message a session sends it and answers each
 * with a fixed script of frames (single frames of each length form, then one message in two
 * fragments), so a test can compare, byte for byte, what went in on one side of the gateway and
 * came out on the other.
 */
final class ScriptedPod implements AutoCloseable {

  final LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
  private final List<byte[]> script;
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private volatile ServerWebSocket socket;

  /** Answers each message with {@code script}; its last entry is sent as two fragments. */
  ScriptedPod(List<byte[]> script) throws Exception {
    this.script = script;
    server = vertx.createHttpServer(new HttpServerOptions().setWebSocketSubProtocols(List.of("streamlit"))
            .setMaxWebSocketFrameSize(1 << 20).setMaxWebSocketMessageSize(1 << 20))
        .webSocketHandler(ws -> {
          socket = ws;
          ws.binaryMessageHandler(message -> {
            received.add(message.getBytes());
            answer(ws);
          });
        })
        .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private void answer(ServerWebSocket ws) {
    for (int i = 0; i < script.size() - 1; i++) {
      ws.writeBinaryMessage(Buffer.buffer(script.get(i)));
    }
    byte[] last = script.get(script.size() - 1);
    int half = last.length / 2;
    ws.writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer(Arrays.copyOfRange(last, 0, half)), false));
    ws.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(Arrays.copyOfRange(last, half, last.length)), true));
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Closes the session's socket from the pod's side, as a pod that goes away does. */
  void dropSession() {
    socket.close((short) 1001, "pod going away");
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
