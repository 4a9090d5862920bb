package dev.gauntlet.platform.runtime;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.gauntlet.protocol.proto.BackMsg;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code /_stcore/stream}: checks the handshake (subprotocol {@code streamlit} offered, Origin
 * allowed), attaches or re-attaches a session, and feeds its BackMsgs to the {@link ScriptRunner}.
 */
final class StreamHandler {

  private final SessionRegistry registry;
  private final ScriptRunner runner;
  private final RuntimeMetrics metrics;
  private final OriginPolicy origins;
  private final long memoryPerSessionBytes;
  private final Consumer<String> log;

  StreamHandler(SessionRegistry registry, ScriptRunner runner, RuntimeMetrics metrics,
      OriginPolicy origins, long memoryPerSessionBytes, Consumer<String> log) {
    this.registry = registry;
    this.runner = runner;
    this.metrics = metrics;
    this.origins = origins;
    this.memoryPerSessionBytes = memoryPerSessionBytes;
    this.log = log;
  }

  void handle(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    List<String> offered = offeredProtocols(req.getHeader("Sec-WebSocket-Protocol"));
    if (!offered.contains("streamlit")) {
      ctx.response().setStatusCode(400)
          .end("offer the WebSocket subprotocol 'streamlit' (Sec-WebSocket-Protocol: streamlit, <token>)");
      return;
    }
    String origin = req.getHeader("Origin");
    if (!origins.allows(origin, req.authority() == null ? null : req.authority().host())) {
      ctx.response().setStatusCode(403).end("origin " + origin + " is not allowed");
      return;
    }
    String offeredId = offered.size() >= 3 && !offered.get(2).isBlank() ? offered.get(2) : null;
    req.toWebSocket()
        .onSuccess(ws -> attach(ws, offeredId))
        .onFailure(e -> log.accept("stream handshake failed: " + e));
  }

  static List<String> offeredProtocols(String header) {
    if (header == null) {
      return List.of();
    }
    return Arrays.stream(header.split(",")).map(String::trim).toList();
  }

  private void attach(ServerWebSocket ws, String offeredId) {
    SessionRegistry.Attachment a = registry.attach(offeredId,
        () -> new Session(UUID.randomUUID().toString(), memoryPerSessionBytes, metrics));
    Session s = a.session();
    ServerWebSocket previous = a.takenOver() == null ? null : a.takenOver().socket();
    s.bind(ws);
    if (previous != null) {
      previous.close((short) 1000, "session re-attached elsewhere");
    }
    metrics.attached();
    if (offeredId != null && !a.resumed()) {
      log.accept("session " + offeredId + " unknown or expired; new session " + s.id());
    } else if (a.resumed()) {
      log.accept("session " + s.id() + " re-attached");
    }
    ws.binaryMessageHandler(buf -> onMessage(s, buf));
    ws.pongHandler(b -> s.touch());
    ws.exceptionHandler(e -> ws.close());
    ws.closeHandler(v -> {
      if (registry.detach(s, ws)) {
        metrics.detached();
      }
    });
  }

  private void onMessage(Session s, Buffer buf) {
    s.touch();
    BackMsg msg;
    try {
      msg = BackMsg.parseFrom(buf.getBytes());
    } catch (InvalidProtocolBufferException e) {
      log.accept("session " + s.id() + ": frame is not a BackMsg (" + e.getMessage() + "); ignored");
      return;
    }
    if (msg.getTypeCase() == BackMsg.TypeCase.RERUN_SCRIPT) {
      runner.rerun(s, msg);
    }
    // every other BackMsg type (heartbeats, stop_script, clear_cache ...) is accepted and ignored
  }
}
