package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.protocol.proto.DoubleArray;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.proto.ForwardMsg.TypeCase;
import dev.gauntlet.protocol.proto.WidgetState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime as a real process, spoken to over HTTP and the session socket. */
class RuntimeIT {

  static final Path SLOW = Path.of("src/test/resources/runtime/slow-start.yaml");
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static RuntimeProcess runtime;
  static int port;
  static int firstHealthStatus;

  @BeforeAll
  static void start() throws Exception {
    runtime = RuntimeProcess.start(SLOW, "--ping-interval", "200ms", "--ping-timeout", "2s");
    port = runtime.awaitPort();
    firstHealthStatus = get("/_stcore/health").statusCode();
    await("health 200").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
        .until(() -> get("/_stcore/health").statusCode() == 200);
  }

  @AfterAll
  static void stop() throws Exception {
    runtime.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static WidgetState slider(double value) {
    return WidgetState.newBuilder().setId(AppIdentity.widgetId("slow-start", "n"))
        .setDoubleArrayValue(DoubleArray.newBuilder().addData(value)).build();
  }

  @Test
  void healthIsNotReadyUntilTheStartupCostIsPaid() throws Exception {
    assertThat(firstHealthStatus).isEqualTo(503);
    assertThat(get("/_stcore/health").body()).isEqualTo("ok");
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void servesHostConfigPageAndMetrics() throws Exception {
    assertThat(get("/_stcore/host-config").body()).contains("\"allowedOrigins\":[]");
    HttpResponse<String> page = get("/");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(page.body()).contains("<title>slow-start</title>");
    assertThat(get("/metrics").body()).contains("gauntlet_runtime_runs_started_total");
  }

  @Test
  void aFullRunArrivesInOrderThenAWidgetRerunShowsTheValue() throws Exception {
    try (StreamClient tab = StreamClient.open(port)) {
      tab.rerun(null);
      List<ForwardMsg> first = tab.untilRunEnds();
      assertThat(first).extracting(ForwardMsg::getTypeCase).containsExactly(TypeCase.NEW_SESSION,
          TypeCase.SESSION_STATUS_CHANGED, TypeCase.DELTA, TypeCase.DELTA, TypeCase.DELTA,
          TypeCase.DELTA, TypeCase.DELTA, TypeCase.SCRIPT_FINISHED, TypeCase.SESSION_STATUS_CHANGED);
      assertThat(first.get(1).getSessionStatusChanged().getScriptIsRunning()).isTrue();
      assertThat(first.get(8).getSessionStatusChanged().getScriptIsRunning()).isFalse();
      assertThat(first.get(2).getDelta().getNewElement().getHeading().getBody()).isEqualTo("slow-start");
      assertThat(first.get(3).getDelta().getNewElement().getSlider().getId())
          .matches("\\$\\$ID-[0-9a-f]{32}-n");
      tab.rerun("move-1", slider(42), WidgetState.newBuilder()
          .setId(AppIdentity.widgetId("slow-start", "go")).setTriggerValue(true).build());
      List<ForwardMsg> second = tab.untilRunEnds();
      String sessionId = first.get(0).getNewSession().getInitialize().getSessionId();
      assertThat(second.get(0).getNewSession().getInitialize().getSessionId()).isEqualTo(sessionId);
      assertThat(second.get(0).getNewSession().getScriptRunId())
          .isNotEqualTo(first.get(0).getNewSession().getScriptRunId());
      assertThat(second.get(5).getDelta().getNewElement().getMarkdown().getBody())
          .contains("n = 42").contains("go = true");
      assertThat(second).allSatisfy(m -> assertThat(m.getDebugLastBackmsgId()).isEqualTo("move-1"));
      assertThat(second).allSatisfy(m -> assertThat(m.getHash()).hasSize(32));
    }
  }

  @Test
  void aSupersedingRerunStopsTheRunningOneEarly() throws Exception {
    try (StreamClient tab = StreamClient.open(port)) {
      tab.rerun("a");
      assertThat(tab.next().getTypeCase()).isEqualTo(TypeCase.NEW_SESSION);
      assertThat(tab.next().getTypeCase()).isEqualTo(TypeCase.SESSION_STATUS_CHANGED);
      tab.rerun("b", slider(7));
      ForwardMsg early = tab.next();
      assertThat(early.getScriptFinished()).isEqualTo(ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN);
      assertThat(early.getDebugLastBackmsgId()).isEqualTo("a");
      List<ForwardMsg> run = tab.untilRunEnds();
      assertThat(run.get(0).getTypeCase()).isEqualTo(TypeCase.NEW_SESSION);
      assertThat(run).allSatisfy(m -> assertThat(m.getDebugLastBackmsgId()).isEqualTo("b"));
      assertThat(run.get(5).getDelta().getNewElement().getMarkdown().getBody()).contains("n = 7");
    }
  }

  @Test
  void aClosedSessionIsReattachedByIdAndAnUnknownIdGetsANewOne() throws Exception {
    String id;
    try (StreamClient tab = StreamClient.open(port)) {
      tab.rerun(null, slider(13));
      id = tab.untilRunEnds().get(0).getNewSession().getInitialize().getSessionId();
    }
    await("session detached").atMost(Duration.ofSeconds(5))
        .until(() -> !get("/_gauntlet/sessions").body().contains("\"detached\":0"));
    try (StreamClient again = StreamClient.open(port, id)) {
      again.rerun(null);
      List<ForwardMsg> run = again.untilRunEnds();
      assertThat(run.get(0).getNewSession().getInitialize().getSessionId()).isEqualTo(id);
      assertThat(run.get(5).getDelta().getNewElement().getMarkdown().getBody()).contains("n = 13");
    }
    try (StreamClient stranger = StreamClient.open(port, "no-such-session")) {
      stranger.rerun(null);
      String fresh = stranger.untilRunEnds().get(0).getNewSession().getInitialize().getSessionId();
      assertThat(fresh).isNotEqualTo(id).isNotEqualTo("no-such-session");
    }
  }

  @Test
  void aForeignOriginIsRejectedAndALoopbackOneAccepted() {
    assertThatThrownBy(() -> StreamClient.openWithOrigin(port, "https://evil.example",
        "streamlit", "PLACEHOLDER_AUTH_TOKEN"))
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    StreamClient.openWithOrigin(port, "http://localhost:3000", "streamlit", "PLACEHOLDER_AUTH_TOKEN").close();
  }

  @Test
  void aSocketWithoutTheStreamlitSubprotocolIsRejected() {
    assertThatThrownBy(() -> StreamClient.openWithOrigin(port, null, "other"))
        .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
            e -> assertThat(e.getResponse().statusCode()).isEqualTo(400));
  }

  @Test
  void aPeerThatAnswersNoPingIsDropped() throws Exception {
    try (SilentPeer peer = new SilentPeer(port)) {
      assertThat(peer.handshake).startsWith("HTTP/1.1 101").containsIgnoringCase("streamlit");
      assertThat(peer.pingsUntilClosed()).as("pings before the close").isGreaterThanOrEqualTo(2);
    }
  }
}
