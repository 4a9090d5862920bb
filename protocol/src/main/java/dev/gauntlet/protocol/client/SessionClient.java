package dev.gauntlet.protocol.client;

import dev.gauntlet.protocol.cache.RefHashCache;
import dev.gauntlet.protocol.client.internal.FrameListener;
import dev.gauntlet.protocol.client.internal.RunRouter;
import dev.gauntlet.protocol.codec.BackMsgCodec;
import dev.gauntlet.protocol.codec.FrameDecodeException;
import dev.gauntlet.protocol.proto.BackMsg;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One browser session over {@code <base>/_stcore/stream}. Thread-safe. Open with
 * {@link #connect(SessionOptions)}, send reruns ({@link #rerun}), await runs, {@link #close()}.
 */
public final class SessionClient implements AutoCloseable {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final WebSocket socket;
  private final SessionOptions options;
  private final RunRouter router;
  private final FrameListener listener;
  private final RefHashCache cache;
  private final AtomicInteger runNumbers = new AtomicInteger();
  private final Object sendLock = new Object();
  private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
  private volatile PendingRun latest;

  private SessionClient(WebSocket socket, SessionOptions options, RunRouter router,
      FrameListener listener, RefHashCache cache) {
    this.socket = socket;
    this.options = options;
    this.router = router;
    this.listener = listener;
    this.cache = cache;
  }

  /** Opens a session with a fresh HttpClient, blocking up to the connect timeout. */
  public static SessionClient connect(SessionOptions options) {
    return connect(options, HttpClient.newHttpClient());
  }

  public static SessionClient connect(SessionOptions options, HttpClient http) {
    return SessionConnector.await(connectAsync(options, http, m -> { }, new RefHashCache()), options);
  }

  /**
   * Opens a session without blocking.
   *
   * @param observer sees every message as it is routed (on the socket's thread: keep it quick)
   * @param cache the ref_hash cache; pass the previous connection's to resolve across reconnects
   */
  public static CompletableFuture<SessionClient> connectAsync(SessionOptions options, HttpClient http,
      Consumer<ReceivedMessage> observer, RefHashCache cache) {
    RunRouter router = new RunRouter();
    FrameListener listener = new FrameListener(router, cache, observer);
    return SessionConnector.open(options, http, listener)
        .thenApply(ws -> new SessionClient(ws, options, router, listener, cache));
  }

  /** Sends a rerun (built with {@code Reruns}) and starts collecting its run. */
  public PendingRun rerun(BackMsg rerun) {
    if (!rerun.hasRerunScript()) {
      throw new IllegalArgumentException("rerun(...) needs a BackMsg with rerun_script set, got "
          + rerun.getTypeCase() + "; use send(...) for other messages");
    }
    synchronized (sendLock) {
      // Opened before sending so that the fastest reply still finds its run.
      PendingRun run = new PendingRun(router.open(runNumbers.incrementAndGet(), System.nanoTime()),
          options.trailerWait(), this::isOpen);
      latest = run;
      send(rerun);
      return run;
    }
  }

  /** Awaits the run of the latest rerun sent. */
  public Run awaitRun(Duration timeout) {
    PendingRun run = latest;
    if (run == null) {
      throw new IllegalStateException("awaitRun: no rerun was sent on this session yet; call rerun(...) first");
    }
    return run.await(timeout);
  }

  /** Sends any BackMsg; sends are queued since the JDK socket allows one outstanding send. */
  public CompletableFuture<?> send(BackMsg msg) {
    ByteBuffer frame = ByteBuffer.wrap(BackMsgCodec.encode(msg, options.encoding()));
    synchronized (sendLock) {
      sendChain = sendChain.handle((v, e) -> null).thenCompose(v -> socket.sendBinary(frame, true));
      return sendChain;
    }
  }

  /** The session id of the latest {@code new_session} seen on this socket. */
  public Optional<String> sessionId() {
    return router.latestSessionId();
  }

  public String subprotocol() {
    return socket.getSubprotocol();
  }

  public RefHashCache cache() {
    return cache;
  }

  /** Completes when the peer closed the socket (or it broke: 1006), with code and reason. */
  public CompletableFuture<PeerClose> peerClosed() {
    return listener.peerClosed();
  }

  public boolean isOpen() {
    return !socket.isInputClosed() && !listener.peerClosed().isDone();
  }

  /** Messages that arrived while no run was open (server-initiated runs, for example). */
  public List<ReceivedMessage> unsolicited() {
    return router.unsolicited();
  }

  /** Frames that could not be decoded (each names its length); they were skipped. */
  public List<FrameDecodeException> decodeErrors() {
    return listener.decodeErrors();
  }

  /** Exceptions the connectAsync observer threw (caught so the socket keeps reading). */
  public List<RuntimeException> observerErrors() {
    return listener.observerErrors();
  }

  /** Closes with 1000 and waits briefly for the peer's close; aborts if it does not come. */
  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
    }
    listener.peerClosed().copy()
        .completeOnTimeout(null, CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
    abort();
  }

  /** Drops the connection at once, as a crashed browser tab would. */
  public void abort() {
    socket.abort();
  }
}
