package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.testing.PlatformProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.protocol.proto.ForwardMsg;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway as a real process in front of two real runtime processes, with a stub scheduler in
 * this JVM deciding where sessions go. The pod-kill test runs last: it kills runtime A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayIT {

  static final String SLIDER_ID = sliderId();
  private static final Duration RUN = Duration.ofSeconds(10);

  private static Path dir;
  private static StubScheduler scheduler;
  private static PlatformProcess podA;
  private static PlatformProcess podB;
  private static PlatformProcess gateway;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startPlatform() throws Exception {
    dir = Files.createDirectories(Path.of("target", "gateway-it"));
    Path spec = dir.resolve("dash.yaml");
    try (var in = GatewayIT.class.getResourceAsStream("/gateway/dash.yaml")) {
      Files.copy(in, spec, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    scheduler = new StubScheduler();
    scheduler.warmUp(); // a cold first answer on a busy machine must not eat the short placement deadline
    podA = PlatformProcess.start(dir, "pod-a", List.of("runtime", "--app-spec", spec.toString(), "--pod-id", "dash-aaaaaa"));
    podB = PlatformProcess.start(dir, "pod-b", List.of("runtime", "--app-spec", spec.toString(), "--pod-id", "dash-bbbbbb"));
    scheduler.target = new StubScheduler.Pod("dash-aaaaaa", "http://127.0.0.1:" + podA.port);
    gateway = PlatformProcess.start(dir, "gateway", List.of("gateway", "--scheduler", scheduler.url(),
        "--placement-deadline", "2s", "--upstream-timeout", "2s"));
    await("pods ready").atMost(Duration.ofSeconds(20)).until(() ->
        get(podA.port, "/_stcore/health").statusCode() == 200 && get(podB.port, "/_stcore/health").statusCode() == 200);
  }

  @AfterAll
  static void stopPlatform() throws Exception {
    for (PlatformProcess p : new PlatformProcess[] {gateway, podA, podB}) {
      if (p != null) {
        p.close();
      }
    }
    if (scheduler != null) {
      scheduler.close();
    }
  }

  @Test
  @Order(1)
  void servesPageHealthHostConfigAndMetrics() throws Exception {
    HttpResponse<String> page = get(gateway.port, "/apps/dash/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(page.body()).contains("<html");
    assertThat(get(gateway.port, "/apps/dash/_stcore/health").body()).isEqualTo("ok");
    assertThat(get(gateway.port, "/apps/nope/_stcore/health").statusCode()).isEqualTo(404);
    JsonObject hostConfig = new JsonObject(get(gateway.port, "/apps/dash/_stcore/host-config").body());
    assertThat(hostConfig.getBoolean("useExternalAuthToken")).isFalse();
    assertThat(get(gateway.port, "/healthz").statusCode()).isEqualTo(200);
    assertThat(get(gateway.port, "/readyz").statusCode()).isEqualTo(200);
    assertThat(get(gateway.port, "/metrics").body()).contains("gateway_client_sockets_open");
  }

  @Test
  @Order(2)
  void fullRunThenWidgetRerunThenReattach() throws Exception {
    String runtimeId;
    try (SessionClient client = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
      assertThat(client.subprotocol()).isEqualTo("streamlit");
      client.rerun(Optional.empty(), "first");
      List<ForwardMsg> run = client.until(SessionClient::finished, RUN);
      assertThat(run.get(0).getTypeCase()).isEqualTo(ForwardMsg.TypeCase.NEW_SESSION);
      assertThat(run.get(1).getSessionStatusChanged().getScriptIsRunning()).isTrue();
      assertThat(run.subList(2, run.size() - 1)).allMatch(m -> m.getTypeCase() == ForwardMsg.TypeCase.DELTA);
      runtimeId = run.get(0).getNewSession().getInitialize().getSessionId();
      await("the stub hears the runtime session id").atMost(Duration.ofSeconds(5))
          .until(() -> scheduler.runtimeSessions.containsValue(runtimeId));

      client.rerun(Optional.of(42.0), "click-1");
      List<ForwardMsg> rerun = client.until(SessionClient::finished, RUN);
      assertThat(markdown(rerun)).contains("n = 42");
      assertThat(rerun).allMatch(m -> m.getDebugLastBackmsgId().equals("click-1")
          || m.getTypeCase() == ForwardMsg.TypeCase.SESSION_STATUS_CHANGED);
    }
    String placementKey = scheduler.runtimeSessions.entrySet().stream()
        .filter(e -> e.getValue().equals(runtimeId)).findFirst().orElseThrow().getKey();
    await("the stub hears detach").atMost(Duration.ofSeconds(5)).until(() -> scheduler.detached.contains(placementKey));

    try (SessionClient again = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN", runtimeId)) {
      again.rerun(Optional.of(42.0), "again");
      List<ForwardMsg> run = again.until(SessionClient::finished, RUN);
      assertThat(run.get(0).getNewSession().getInitialize().getSessionId()).isEqualTo(runtimeId);
      assertThat(markdown(run)).contains("n = 42");
    }
    JsonObject lastAsk = scheduler.placementRequests.get(scheduler.placementRequests.size() - 1);
    assertThat(lastAsk.getString("sessionId")).isEqualTo(runtimeId);
    assertThat(lastAsk.containsKey("failedPodId")).isFalse();
  }

  @Test
  @Order(3)
  void unknownAppClosesWith1008() throws Exception {
    try (SessionClient client = SessionClient.open(HTTP, gateway.port, "nope", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
      SessionClient.Closed closed = client.closed.get(5, TimeUnit.SECONDS);
      assertThat(closed.code()).isEqualTo(1008);
      assertThat(closed.reason()).contains("'nope'");
    }
  }

  @Test
  @Order(4)
  void schedulerDownFailsNewSessionsButNotLiveOnes() throws Exception {
    try (SessionClient live = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
      live.rerun(Optional.empty(), "before");
      live.until(SessionClient::finished, RUN);
      scheduler.failStatus = 503;
      try (SessionClient fresh = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
        SessionClient.Closed closed = fresh.closed.get(5, TimeUnit.SECONDS);
        assertThat(closed.code()).isEqualTo(1011);
        assertThat(closed.reason()).startsWith("scheduler unavailable after 2s: HTTP 503: stub says 503");
      }
      live.rerun(Optional.of(7.0), "during-outage");
      assertThat(markdown(live.until(SessionClient::finished, RUN))).contains("n = 7");
    } finally {
      scheduler.failStatus = 0;
    }
  }

  @Test
  @Order(5)
  void subprotocolStreamlitIsRequired() {
    HttpResponse<String> plain = get(gateway.port, "/apps/dash/_stcore/stream");
    assertThat(plain.statusCode()).isNotEqualTo(101);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SessionClient.open(HTTP, gateway.port, "dash", "chat"))
        .hasRootCauseMessage("Unexpected HTTP response status code 400");
  }

  @Test
  @Order(6)
  void portInUseExitsWithStatus2AndOneLine() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Path log = dir.resolve("gateway-port-in-use.log");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-cp", PlatformProcess.classpath(), "dev.gauntlet.platform.Main", "gateway",
          "--scheduler", scheduler.url(), "--port", Integer.toString(taken.getLocalPort()),
          "--owner-pid", Long.toString(ProcessHandle.current().pid()))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("gauntlet-platform gateway: cannot listen on 127.0.0.1:"
            + taken.getLocalPort() + " (--port)");
      } finally {
        p.destroyForcibly();
      }
    }
  }

  @Test
  @Order(8)
  void frozenPodIsLeftAfterTheUpstreamTimeout() throws Exception {
    try (PlatformProcess podC = PlatformProcess.start(dir, "pod-c",
        List.of("runtime", "--app-spec", dir.resolve("dash.yaml").toString(), "--pod-id", "dash-cccccc"))) {
      await("pod C ready").atMost(Duration.ofSeconds(20)).until(() -> get(podC.port, "/_stcore/health").statusCode() == 200);
      scheduler.target = new StubScheduler.Pod("dash-cccccc", "http://127.0.0.1:" + podC.port);
      try (SessionClient client = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
        client.rerun(Optional.of(5.0), "on-c");
        client.until(SessionClient::finished, RUN);
        scheduler.target = new StubScheduler.Pod("dash-bbbbbb", "http://127.0.0.1:" + podB.port);
        signal("STOP", podC);
        try {
          // --upstream-timeout is 2s and pings go every 1s: recovered well within 6s
          List<ForwardMsg> recovered = client.until(SessionClient::finished, Duration.ofSeconds(6));
          assertThat(markdown(recovered)).contains("n = 5");
          assertThat(scheduler.placementRequests).anyMatch(ask -> "dash-cccccc".equals(ask.getString("failedPodId")));
        } finally {
          signal("CONT", podC);
        }
        // thawed, the old pod must not serve this session again: one run for the next rerun, then silence
        client.rerun(Optional.of(6.0), "after-thaw");
        List<ForwardMsg> afterThaw = client.until(SessionClient::finished, RUN);
        assertThat(afterThaw.stream().filter(ForwardMsg::hasNewSession).count()).isEqualTo(1);
        assertThat(markdown(afterThaw)).contains("n = 6");
        ForwardMsg trailer = client.received.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(trailer == null || trailer.hasSessionStatusChanged()).as("only the run's trailing status").isTrue();
        assertThat(client.received.poll(1500, java.util.concurrent.TimeUnit.MILLISECONDS))
            .as("no second server for the session after the thaw").isNull();
      }
    }
    assertThat(gateway.logText()).contains("dash-cccccc answered no ping for 2000ms");
  }

  @Test
  @Order(9)
  void podKilledUnderALiveSessionFailsOverOnTheSameSocket() throws Exception {
    scheduler.target = new StubScheduler.Pod("dash-aaaaaa", "http://127.0.0.1:" + podA.port);
    try (SessionClient client = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", "PLACEHOLDER_AUTH_TOKEN")) {
      client.rerun(Optional.empty(), "first");
      String firstId = client.until(SessionClient::finished, RUN).get(0).getNewSession().getInitialize().getSessionId();
      client.rerun(Optional.of(13.0), "set-13");
      client.until(SessionClient::finished, RUN);
      scheduler.target = new StubScheduler.Pod("dash-bbbbbb", "http://127.0.0.1:" + podB.port);

      long killedNanos = System.nanoTime();
      podA.kill();
      List<ForwardMsg> recovered = client.until(SessionClient::finished, Duration.ofSeconds(3));
      Duration gap = Duration.ofNanos(System.nanoTime() - killedNanos);

      ForwardMsg newSession = recovered.stream()
          .filter(m -> m.getTypeCase() == ForwardMsg.TypeCase.NEW_SESSION).findFirst().orElseThrow();
      assertThat(newSession.getNewSession().getInitialize().getSessionId()).isNotEqualTo(firstId);
      assertThat(markdown(recovered)).contains("n = 13");
      assertThat(scheduler.placementRequests).anyMatch(ask -> "dash-aaaaaa".equals(ask.getString("failedPodId")));
      System.out.println("gateway failover after kill -9: " + gap.toMillis() + " ms");

      client.rerun(Optional.of(14.0), "after");
      assertThat(markdown(client.until(SessionClient::finished, RUN))).contains("n = 14");
    }
    assertThat(gateway.logText()).contains("failover to pod dash-bbbbbb done in");
    String metrics = get(gateway.port, "/metrics").body();
    assertThat(metrics).contains("gateway_failovers_total{outcome=\"recovered\"} 2.0");
    assertThat(metrics).contains("gateway_failover_duration_seconds_count 2");
    assertThat(metrics).containsPattern("gateway_frames_proxied_total\\{direction=\"downstream\"} [1-9]");
    // binary frames went as bytes both ways, and the failover above happened with that on
    assertThat(metrics).containsPattern("gateway_frames_relayed_total\\{direction=\"upstream\"} [1-9]");
    assertThat(metrics).containsPattern("gateway_frames_relayed_total\\{direction=\"downstream\"} [1-9]");
  }

  /** Sends a signal to one process we started, by its pid. */
  private static void signal(String name, PlatformProcess target) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(target.process.pid()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
  }

  private static String markdown(List<ForwardMsg> msgs) {
    StringBuilder out = new StringBuilder();
    for (ForwardMsg m : msgs) {
      if (m.hasDelta() && m.getDelta().getNewElement().hasMarkdown()) {
        out.append(m.getDelta().getNewElement().getMarkdown().getBody()).append('\n');
      }
    }
    return out.toString();
  }

  private static HttpResponse<String> get(int port, String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " on port " + port + ": " + e, e);
    }
  }

  private static String sliderId() {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest("dash:n".getBytes(StandardCharsets.UTF_8));
      return "$$ID-" + HexFormat.of().formatHex(md5) + "-n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
