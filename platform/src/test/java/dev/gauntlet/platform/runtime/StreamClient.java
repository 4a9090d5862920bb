package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ClientState;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetStates;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test browser tab: one socket to {@code /_stcore/stream}, ForwardMsgs decoded into a queue. */
final class StreamClient implements WebSocket.Listener, AutoCloseable {

  private final BlockingQueue<ForwardMsg> received = new LinkedBlockingQueue<>();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private WebSocket socket;

  static StreamClient openWithOrigin(int port, String origin, String... protocols) {
    StreamClient client = new StreamClient();
    WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .subprotocols(protocols[0], java.util.Arrays.copyOfRange(protocols, 1, protocols.length));
    if (origin != null) {
      b.header("Origin", origin);
    }
    client.socket = b.buildAsync(URI.create("ws://127.0.0.1:" + port + "/_stcore/stream"), client)
        .orTimeout(10, TimeUnit.SECONDS).join();
    return client;
  }

  static StreamClient open(int port, String... extraProtocols) {
    List<String> all = new ArrayList<>(List.of("streamlit", "PLACEHOLDER_AUTH_TOKEN"));
    all.addAll(List.of(extraProtocols));
    return openWithOrigin(port, null, all.toArray(String[]::new));
  }

  void rerun(String debugId, WidgetState... states) {
    BackMsg.Builder msg = BackMsg.newBuilder().setRerunScript(ClientState.newBuilder()
        .setWidgetStates(WidgetStates.newBuilder().addAllWidgets(List.of(states))));
    if (debugId != null) {
      msg.setDebugLastBackmsgId(debugId);
    }
    send(msg.build().toByteArray());
  }

  void send(byte[] frame) {
    socket.sendBinary(ByteBuffer.wrap(frame), true).orTimeout(5, TimeUnit.SECONDS).join();
  }

  ForwardMsg next() throws InterruptedException {
    ForwardMsg m = received.poll(15, TimeUnit.SECONDS);
    assertThat(m).as("a ForwardMsg within 15 s").isNotNull();
    return m;
  }

  /** Messages up to and including the session_status_changed that follows a successful finish. */
  List<ForwardMsg> untilRunEnds() throws InterruptedException {
    List<ForwardMsg> out = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ForwardMsg m = next();
      out.add(m);
      boolean finishedBefore = out.size() > 1 && out.get(out.size() - 2).getTypeCase()
          == ForwardMsg.TypeCase.SCRIPT_FINISHED
          && out.get(out.size() - 2).getScriptFinished() == ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY;
      if (finishedBefore && m.getTypeCase() == ForwardMsg.TypeCase.SESSION_STATUS_CHANGED) {
        return out;
      }
    }
    throw new AssertionError("no end of run in 10000 messages");
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
    byte[] chunk = new byte[data.remaining()];
    data.get(chunk);
    partial.write(chunk, 0, chunk.length);
    if (last) {
      try {
        received.add(ForwardMsg.parseFrom(partial.toByteArray()));
      } catch (Exception e) {
        throw new IllegalStateException("frame is not a ForwardMsg", e);
      }
      partial.reset();
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
          .exceptionally(e -> null).join();
    }
    socket.abort();
  }
}
