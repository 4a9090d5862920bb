package dev.gauntlet.platform.gateway;

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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A browser session as the tests drive it: java.net.http WebSocket plus the generated messages. */
final class SessionClient implements WebSocket.Listener, AutoCloseable {

  record Closed(int code, String reason) {}

  final LinkedBlockingQueue<ForwardMsg> received = new LinkedBlockingQueue<>();
  final CompletableFuture<Closed> closed = new CompletableFuture<>();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private WebSocket socket;

  static SessionClient open(HttpClient http, int gatewayPort, String app, String... offer) {
    return open(http, gatewayPort, app, java.util.Map.of(), offer);
  }

  /** The same with extra handshake headers (a Cookie, an Origin). */
  static SessionClient open(HttpClient http, int gatewayPort, String app, java.util.Map<String, String> headers,
      String... offer) {
    SessionClient client = new SessionClient();
    List<String> protocols = new ArrayList<>(List.of(offer));
    String first = protocols.remove(0);
    WebSocket.Builder builder = http.newWebSocketBuilder();
    headers.forEach(builder::header);
    client.socket = builder
        .subprotocols(first, protocols.toArray(String[]::new))
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create("ws://127.0.0.1:" + gatewayPort + "/apps/" + app + "/_stcore/stream"), client)
        .orTimeout(10, TimeUnit.SECONDS)
        .join();
    return client;
  }

  String subprotocol() {
    return socket.getSubprotocol();
  }

  void rerun(Optional<Double> sliderValue, String debugId) {
    WidgetStates.Builder widgets = WidgetStates.newBuilder();
    sliderValue.ifPresent(v -> widgets.addWidgets(WidgetState.newBuilder()
        .setId(GatewayIT.SLIDER_ID).setDoubleArrayValue(
            dev.gauntlet.protocol.proto.DoubleArray.newBuilder().addData(v))));
    BackMsg msg = BackMsg.newBuilder()
        .setRerunScript(ClientState.newBuilder().setWidgetStates(widgets))
        .setDebugLastBackmsgId(debugId)
        .build();
    socket.sendBinary(ByteBuffer.wrap(msg.toByteArray()), true).join();
  }

  /** Sends bytes as one binary frame, whatever they are. */
  void sendRaw(ByteBuffer bytes) {
    socket.sendBinary(bytes, true).orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
  }

  /** Messages up to and including the first one {@code last} accepts, within {@code within}. */
  List<ForwardMsg> until(Predicate<ForwardMsg> last, Duration within) throws InterruptedException {
    List<ForwardMsg> seen = new ArrayList<>();
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      ForwardMsg msg = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (msg == null) {
        throw new AssertionError("no matching message within " + within + "; saw " + seen.size()
            + " messages: " + seen.stream().map(m -> m.getTypeCase().toString()).toList()
            + (closed.isDone() ? "; socket closed " + closed.join() : ""));
      }
      seen.add(msg);
      if (last.test(msg)) {
        return seen;
      }
    }
  }

  static boolean finished(ForwardMsg msg) {
    return msg.getTypeCase() == ForwardMsg.TypeCase.SCRIPT_FINISHED
        && msg.getScriptFinished() == ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    partial.writeBytes(bytes);
    if (last) {
      try {
        received.add(ForwardMsg.parseFrom(partial.toByteArray()));
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        closed.completeExceptionally(e);
      }
      partial.reset();
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Closed(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
    closed.orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    socket.abort();
  }
}
