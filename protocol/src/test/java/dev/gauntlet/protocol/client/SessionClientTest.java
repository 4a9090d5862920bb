package dev.gauntlet.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.cache.RefHashCache;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.rerun.Reruns;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The client against a tiny in-test server replaying real Streamlit transcripts. */
class SessionClientTest {
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(10);
  private final Transcript widgets = Transcript.load(Transcript.WIDGETS);
  private final Transcript cached = Transcript.load(Transcript.CACHED);

  private static List<byte[]> bytes(List<Transcript.Frame> frames) {
    return frames.stream().map(Transcript.Frame::bytes).collect(Collectors.toList());
  }

  @Test
  void offersSubprotocolsAndOriginAnswersPingAndCollectsTheRun() throws Exception {
    try (FakeStreamServer server = new FakeStreamServer(
            (n, ws) -> FakeStreamServer.send(ws, bytes(widgets.serverFrames(n))));
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      Run run = client.rerun(Reruns.first("")).await(RUN_TIMEOUT);

      assertThat(server.paths).containsExactly("/app/_stcore/stream");
      assertThat(Arrays.stream(server.offeredSubprotocols.get(0).split(",")).map(String::trim))
          .containsExactly("streamlit", "PLACEHOLDER_AUTH_TOKEN");
      assertThat(server.origins).containsExactly("http://127.0.0.1:" + server.base().getPort());
      assertThat(client.subprotocol()).isEqualTo("streamlit");
      assertThat(server.pongReceived.get(5, TimeUnit.SECONDS).toString()).isEqualTo("p");
      assertThat(HexFormat.of().formatHex(server.clientFrames.get(0))).isEqualTo("5a060a0012001a00");

      assertThat(run.describe()).containsExactly("new_session", "session_status_changed(running)",
          "delta[0,0]", "delta[0,1]", "delta[0,2]", "delta[0,3]",
          "script_finished(FINISHED_SUCCESSFULLY)", "session_status_changed(not running)");
      assertThat(run.sessionId()).contains("cbea8e47-e892-4016-a275-31be35b05cfb");
      assertThat(client.sessionId()).isEqualTo(run.sessionId());
      assertThat(run.succeeded()).isTrue();
      assertThat(run.trailerSeen()).isTrue();
      assertThat(run.deltas()).hasSize(4);
      assertThat(run.widgetIds().keys()).containsExactly("n", "go");
      assertThat(run.messages()).allSatisfy(m -> assertThat(m.receivedNanos()).isGreaterThanOrEqualTo(run.sentNanos()));
      assertThat(run.rerunLatency()).isPositive();
      assertThat(client.decodeErrors()).isEmpty();
    }
  }

  @Test
  void resolvesRefHashAcrossRuns() throws Exception {
    try (FakeStreamServer server = new FakeStreamServer(
            (n, ws) -> FakeStreamServer.send(ws, bytes(cached.serverFrames(n))));
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      client.rerun(Reruns.first("")).await(RUN_TIMEOUT);
      Run second = client.rerun(Reruns.rerun("", "fa1841def92fbac97991d06a2247a58a", List.of(), null))
          .await(RUN_TIMEOUT);
      ReceivedMessage big = second.deltas().get(0);
      assertThat(big.fromRefHash()).isTrue();
      assertThat(big.kind()).isEqualTo(MessageKind.DELTA);
      assertThat(big.message().getDelta().getNewElement().getMarkdown().getBody()).hasSize(20_000);
      assertThat(big.frameBytes()).isLessThan(200);
      assertThat(second.unresolvedRefHashes()).isEmpty();
    }
  }

  @Test
  void aRerunWhileRunningEndsTheOldRunEarly() throws Exception {
    List<byte[]> run = bytes(widgets.serverFrames(0));
    byte[] early = ForwardMsg.newBuilder().setScriptFinished(ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN)
        .build().toByteArray();
    try (FakeStreamServer server = new FakeStreamServer((n, ws) -> {
          if (n == 0) {
            FakeStreamServer.send(ws, run.subList(0, 3)); // new_session, running, one delta: still running
          } else {
            FakeStreamServer.send(ws, List.of(early));
            FakeStreamServer.send(ws, run);
          }
        });
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      PendingRun first = client.rerun(Reruns.first(""));
      PendingRun second = client.rerun(Reruns.first(""));
      Run old = first.await(RUN_TIMEOUT);
      assertThat(old.finishStatus()).isEqualTo(ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN);
      assertThat(old.trailerSeen()).isFalse();
      assertThat(old.messages()).hasSize(4);
      Run fresh = client.awaitRun(RUN_TIMEOUT);
      assertThat(fresh.number()).isEqualTo(second.number()).isEqualTo(2);
      assertThat(fresh.succeeded()).isTrue();
      assertThat(fresh.messages()).hasSize(8);
    }
  }

  @Test
  void aPeerCloseMidRunSurfacesCodeAndReason() throws Exception {
    List<byte[]> run = bytes(widgets.serverFrames(0));
    try (FakeStreamServer server = new FakeStreamServer((n, ws) -> {
          FakeStreamServer.send(ws, run.subList(0, 2));
          ws.close((short) 4001, "pod gone");
        });
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      PendingRun pending = client.rerun(Reruns.first(""));
      assertThatThrownBy(() -> pending.await(RUN_TIMEOUT))
          .isInstanceOf(SessionClosedException.class)
          .hasMessageContaining("4001 'pod gone'")
          .hasMessageContaining("script_finished of run 1")
          .hasMessageContaining("new_session, session_status_changed(running)");
      assertThat(client.peerClosed().get(5, TimeUnit.SECONDS)).isEqualTo(new PeerClose(4001, "pod gone"));
      assertThat(client.isOpen()).isFalse();
    }
  }

  @Test
  void aRunThatNeverFinishesTimesOutNamingWhatWasSeen() throws Exception {
    List<byte[]> run = bytes(widgets.serverFrames(0));
    try (FakeStreamServer server = new FakeStreamServer((n, ws) -> FakeStreamServer.send(ws, run.subList(0, 3)));
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      PendingRun pending = client.rerun(Reruns.first(""));
      assertThatThrownBy(() -> pending.await(Duration.ofMillis(300)))
          .isInstanceOf(RunTimeoutException.class)
          .hasMessageContaining("300 ms awaiting script_finished of run 1")
          .hasMessageContaining("delta[0,0] (3 messages)")
          .hasMessageContaining("socket open");
    }
  }

  @Test
  void offersTokenAndLastSessionIdAndClosesCleanly() throws Exception {
    try (FakeStreamServer server = new FakeStreamServer(
        (n, ws) -> FakeStreamServer.send(ws, bytes(widgets.serverFrames(2))))) {
      SessionClient client = SessionClient.connect(SessionOptions.of(server.base())
          .withAuthToken("tok").withLastSessionId("cbea8e47-e892-4016-a275-31be35b05cfb"));
      client.rerun(Reruns.first("")).await(RUN_TIMEOUT);
      assertThat(Arrays.stream(server.offeredSubprotocols.get(0).split(",")).map(String::trim))
          .containsExactly("streamlit", "tok", "cbea8e47-e892-4016-a275-31be35b05cfb");
      client.close();
      assertThat(server.clientCloseStatus.get(5, TimeUnit.SECONDS)).isEqualTo((short) 1000);
      assertThat(client.isOpen()).isFalse();
    }
  }

  @Test
  void aCorruptFrameIsReportedAndSkipped() throws Exception {
    List<byte[]> run = bytes(widgets.serverFrames(0));
    try (FakeStreamServer server = new FakeStreamServer((n, ws) -> {
          FakeStreamServer.send(ws, List.of(Arrays.copyOf(run.get(0), 50)));
          FakeStreamServer.send(ws, run);
        });
        SessionClient client = SessionClient.connect(SessionOptions.of(server.base()))) {
      Run collected = client.rerun(Reruns.first("")).await(RUN_TIMEOUT);
      assertThat(collected.messages()).hasSize(8);
      assertThat(client.decodeErrors()).singleElement()
          .satisfies(e -> assertThat(e).hasMessageContaining("frame of 50 bytes"));
    }
  }

  @Test
  void anAsyncConnectFeedsTheObserverAndSharesTheCacheAcrossReconnects() throws Exception {
    List<ReceivedMessage> seen = new CopyOnWriteArrayList<>();
    RefHashCache cache = new RefHashCache();
    AtomicInteger reruns = new AtomicInteger();
    try (FakeStreamServer server = new FakeStreamServer( // counts reruns across sockets
        (n, ws) -> FakeStreamServer.send(ws, bytes(cached.serverFrames(reruns.getAndIncrement()))))) {
      HttpClient http = HttpClient.newHttpClient();
      try (SessionClient first = SessionClient.connectAsync(SessionOptions.of(server.base()), http, seen::add, cache)
          .get(10, TimeUnit.SECONDS)) {
        first.rerun(Reruns.first("")).await(RUN_TIMEOUT);
      }
      assertThat(seen).hasSize(6);
      // a reconnect with the same cache resolves the ref_hash the server sends for the second run
      try (SessionClient second = SessionClient.connectAsync(SessionOptions.of(server.base()), http, m -> {
            throw new IllegalStateException("observer bug");
          }, cache).get(10, TimeUnit.SECONDS)) {
        PendingRun run = second.rerun(Reruns.first(""));
        assertThat(run.await(RUN_TIMEOUT).deltas().get(0).fromRefHash()).isTrue();
        assertThat(second.observerErrors()).isNotEmpty().allSatisfy(e -> assertThat(e).hasMessage("observer bug"));
      }
    }
  }

  @Test
  void preSocketCallsReturnStatusAndBody() throws Exception {
    try (FakeStreamServer server = new FakeStreamServer((n, ws) -> { })) {
      AppHttp http = AppHttp.of(server.base());
      assertThat(http.health()).satisfies(r -> {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok");
        assertThat(r.elapsed()).isPositive();
      });
      assertThat(http.hostConfig().body()).contains("\"allowedOrigins\"");
      assertThat(http.page().headers().get("cache-control")).containsExactly("no-cache");
      assertThat(http.getAsync("nope").get(5, TimeUnit.SECONDS).status()).isEqualTo(404);
    }
  }

}
