package dev.gauntlet.protocol.client.internal;

import dev.gauntlet.protocol.cache.RefHashCache;
import dev.gauntlet.protocol.client.PeerClose;
import dev.gauntlet.protocol.client.ReceivedMessage;
import dev.gauntlet.protocol.codec.ForwardMsgCodec;
import dev.gauntlet.protocol.codec.FrameDecodeException;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Reassembles binary frames, decodes, resolves ref_hash, stamps and routes each ForwardMsg.
 * Pings need no code: the JDK WebSocket answers them with a pong by itself.
 */
public final class FrameListener implements WebSocket.Listener {
  private final RunRouter router;
  private final RefHashCache cache;
  private final Consumer<ReceivedMessage> observer;
  private final CompletableFuture<PeerClose> peerClosed = new CompletableFuture<>();
  private final List<FrameDecodeException> decodeErrors = new CopyOnWriteArrayList<>();
  private final List<RuntimeException> observerErrors = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

  public FrameListener(RunRouter router, RefHashCache cache, Consumer<ReceivedMessage> observer) {
    this.router = router;
    this.cache = cache;
    this.observer = observer;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
    byte[] chunk = new byte[data.remaining()];
    data.get(chunk);
    partial.write(chunk, 0, chunk.length);
    if (last) {
      byte[] frame = partial.toByteArray();
      partial.reset();
      receive(frame, System.nanoTime());
    }
    ws.request(1);
    return null;
  }

  private void receive(byte[] frame, long receivedNanos) {
    ForwardMsg raw;
    try {
      raw = ForwardMsgCodec.decode(frame);
    } catch (FrameDecodeException e) {
      decodeErrors.add(e); // a corrupt frame is reported, not fatal to the session
      return;
    }
    ForwardMsg msg = cache.resolve(raw).orElse(raw);
    boolean resolved = raw.hasRefHash() && !msg.hasRefHash();
    ReceivedMessage received =
        new ReceivedMessage(msg, MessageKind.of(msg), receivedNanos, resolved, frame.length);
    router.dispatch(received);
    try {
      observer.accept(received);
    } catch (RuntimeException e) {
      observerErrors.add(e); // a failing observer must not stall the socket
    }
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    ws.request(1); // the protocol has no text frames; ignore them
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    closedBy(new PeerClose(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    closedBy(new PeerClose(PeerClose.ABNORMAL, String.valueOf(error)));
  }

  private void closedBy(PeerClose close) {
    router.closed(close);
    peerClosed.complete(close);
  }

  public CompletableFuture<PeerClose> peerClosed() {
    return peerClosed;
  }

  public List<FrameDecodeException> decodeErrors() {
    return List.copyOf(decodeErrors);
  }

  public List<RuntimeException> observerErrors() {
    return List.copyOf(observerErrors);
  }
}
