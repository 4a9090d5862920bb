package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.platform.testing.IdpProcess;
import dev.gauntlet.platform.testing.PlatformProcess;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A gateway with {@code --auth} against the real identity provider and a real scheduler: bad
 * credentials are refused before any placement, sessions are bound to their viewer, embed URLs
 * work once and not late, foreign origins and oversized frames are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayAuthIT {

  static final String HOST_ORIGIN = "http://127.0.0.1:9";
  private static final Duration RUN = Duration.ofSeconds(20);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Path dir;
  private static IdpProcess idp;
  private static PlatformProcess scheduler;
  private static PlatformProcess gateway;
  private static Tokens tokens;
  private static Path schedulerState;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createDirectories(Path.of("target", "gateway-auth-it"));
    Files.deleteIfExists(dir.resolve("idp-key.json"));
    try (var spec = GatewayAuthIT.class.getResourceAsStream("/stack/dash.yaml")) {
      Files.copy(spec, dir.resolve("dash.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(dir.resolve("scheduler.yaml"), String.join("\n", "runtime:",
        "  jvmOptions: [-Xmx96m, -XX:+UseSerialGC, -XX:TieredStopAtLevel=1]",
        "  ownerPid: " + ProcessHandle.current().pid(), "pools:",
        "  - {app: dash, spec: dash.yaml, warm: 1, maxSessionsPerPod: 20, startTimeout: 60s}", ""));
    idp = IdpProcess.start(dir, "120");
    tokens = new Tokens(HTTP, idp);
    Files.writeString(dir.resolve("auth.yaml"), String.join("\n", "issuer: " + idp.issuer(), "audience: gauntlet",
        "clockSkew: 5s", "embed:", "  ttl: 2s", "  hosts:",
        "    - {client: host-app, apps: [dash], origins: [\"" + HOST_ORIGIN + "\"]}", ""));
    scheduler = PlatformProcess.start(dir, "scheduler", List.of("scheduler", "--config",
        dir.resolve("scheduler.yaml").toString(), "--state-dir", (schedulerState = dir.resolve("state-" + System.nanoTime())).toString()));
    gateway = PlatformProcess.start(dir, "gateway", List.of("gateway", "--scheduler", scheduler.url(),
        "--auth", dir.resolve("auth.yaml").toString(), "--max-client-frame-bytes", "65536"));
    await("a ready dash pod").atMost(Duration.ofSeconds(60)).until(() ->
        api("/v1/pods").findValuesAsText("state").contains("ready"));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable p : new AutoCloseable[] {gateway, scheduler, idp}) {
      if (p != null) {
        p.close();
      }
    }
    // the scheduler's pods outlive it (they follow this JVM): stop each one its state dir names, by pid
    Path pods = schedulerState == null ? null : schedulerState.resolve("pods");
    if (pods != null && Files.isDirectory(pods)) {
      try (var files = Files.list(pods)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          long pid = new ObjectMapper().readTree(f.toFile()).path("pid").asLong();
          ProcessHandle.of(pid).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
          });
        }
      }
    }
  }

  @Test
  @Order(1)
  void badCredentialsAre401AndTheSchedulerIsNeverAsked() throws Exception {
    Map<String, Optional<String>> bad = Map.of(
        "no token", Optional.empty(),
        "expired", Optional.of(tokens.signedByProvider("viewer-1", "gauntlet", Instant.now().minusSeconds(600))),
        "other key", Optional.of(tokens.signedByAnotherKey("viewer-1")),
        "wrong audience", Optional.of(tokens.password("viewer-1", "other-api")));
    for (var e : bad.entrySet()) {
      for (String path : List.of("/apps/dash/", "/apps/dash/_stcore/health", "/apps/dash/_stcore/host-config")) {
        assertThat(get(path, e.getValue(), Map.of()).statusCode()).as(e.getKey() + " on " + path).isEqualTo(401);
      }
      Throwable refused = catchThrowable(() -> SessionClient.open(HTTP, gateway.port, "dash",
          e.getValue().map(t -> new String[] {"streamlit", t}).orElse(new String[] {"streamlit"})));
      assertThat(handshakeStatus(refused)).as(e.getKey() + " on the socket").isEqualTo(401);
    }
    assertThat(api("/v1/placements")).as("placements the scheduler holds").isEmpty();
    assertThat(Tokens.metric(HTTP, gateway.url(), "gateway_auth_refused_total{reason=\"token\"}")).isGreaterThanOrEqualTo(16);
  }

  @Test
  @Order(2)
  void aValidTokenGetsThePageAndASessionBoundToItsViewer() throws Exception {
    String alice = tokens.password("viewer-1", "gauntlet");
    HttpResponse<String> page = get("/apps/dash/", Optional.of(alice), Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'self' " + HOST_ORIGIN);
    String runtimeId;
    try (SessionClient a = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", alice)) {
      a.rerun(Optional.empty(), "first");
      runtimeId = a.until(SessionClient::finished, RUN).get(0).getNewSession().getInitialize().getSessionId();
    }
    await("the scheduler holds viewer-1's runtime session").atMost(Duration.ofSeconds(5))
        .until(() -> api("/v1/placements").findValuesAsText("runtimeSessionId").contains(runtimeId));
    String bob = tokens.password("viewer-2", "gauntlet");
    try (SessionClient b = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", bob, runtimeId)) {
      SessionClient.Closed closed = b.closed.get(10, TimeUnit.SECONDS);
      assertThat(closed.code()).isEqualTo(1008);
      assertThat(closed.reason()).contains("another viewer");
    }
    try (SessionClient again = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", alice, runtimeId)) {
      again.rerun(Optional.empty(), "back");
      List<ForwardMsg> run = again.until(SessionClient::finished, RUN);
      assertThat(run.get(0).getNewSession().getInitialize().getSessionId()).isEqualTo(runtimeId);
    }
  }

  @Test
  @Order(3)
  void anEmbedUrlOpensOnceSetsAnHttpOnlyCookieAndIsRefusedWhenReplayedOrLate() throws Exception {
    JsonNode minted = tokens.mintEmbed(gateway.url(), "viewer-3");
    URI url = URI.create(minted.path("url").asText());
    HttpResponse<String> opened = HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("class=\"embedded\"");
    String setCookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").startsWith("gauntlet_session=");
    assertThat(opened.headers().firstValue("Content-Security-Policy").orElseThrow()).contains(HOST_ORIGIN);
    assertThat(HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("the same URL again").isEqualTo(403);

    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    assertThat(get("/apps/dash/_stcore/health", Optional.empty(), Map.of("Cookie", cookie)).statusCode()).isEqualTo(200);
    try (SessionClient framed = SessionClient.open(HTTP, gateway.port, "dash",
        Map.of("Cookie", cookie, "Origin", HOST_ORIGIN), "streamlit")) {
      framed.rerun(Optional.empty(), "embedded");
      framed.until(SessionClient::finished, RUN);
    }

    JsonNode late = tokens.mintEmbed(gateway.url(), "viewer-3");
    Instant expiresAt = Instant.ofEpochMilli(late.path("expiresAt").asLong());
    await("the embed URL's 2s to live are over").pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
        .until(() -> Instant.now().isAfter(expiresAt));
    HttpResponse<String> tooLate = HTTP.send(HttpRequest.newBuilder(URI.create(late.path("url").asText())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tooLate.statusCode()).isEqualTo(403);
    assertThat(tooLate.body()).contains("expired");
  }

  @Test
  @Order(4)
  void aViewerTokenCannotMintEmbedUrls() throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/v1/embed-urls"))
        .header("Authorization", "Bearer " + tokens.password("viewer-1", "gauntlet"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"app\":\"dash\",\"viewer\":\"viewer-1\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("not a host registered");
  }

  @Test
  @Order(5)
  void aForeignOriginIs403AndAnOversizedFrameCloses1009() throws Exception {
    String alice = tokens.password("viewer-1", "gauntlet");
    Throwable foreign = catchThrowable(() -> SessionClient.open(HTTP, gateway.port, "dash",
        Map.of("Origin", "http://evil.example"), "streamlit", alice));
    assertThat(handshakeStatus(foreign)).isEqualTo(403);
    try (SessionClient a = SessionClient.open(HTTP, gateway.port, "dash", "streamlit", alice)) {
      a.sendRaw(ByteBuffer.allocate(65536 + 1));
      assertThat(a.closed.get(10, TimeUnit.SECONDS).code()).isEqualTo(1009);
    }
  }

  @Test
  @Order(6)
  void aProviderThatRotatesItsKeyIsFollowed() throws Exception {
    String before = tokens.password("viewer-1", "gauntlet");
    int port = idp.port;
    idp.close();
    Files.delete(idp.keyFile); // the restarted provider signs with a new key, under the same key id
    idp = IdpProcess.start(dir, "120", port);
    tokens = new Tokens(HTTP, idp);
    String after = tokens.password("viewer-1", "gauntlet");
    await("the gateway fetches the provider's new key").atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get("/apps/dash/", Optional.of(after), Map.of()).statusCode() == 200);
    assertThat(get("/apps/dash/", Optional.of(before), Map.of()).statusCode()).as("signed by the retired key")
        .isEqualTo(401);
  }

  static int handshakeStatus(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof WebSocketHandshakeException h) {
        return h.getResponse().statusCode();
      }
    }
    throw new AssertionError("expected a refused handshake, got " + t, t);
  }

  private static HttpResponse<String> get(String path, Optional<String> token, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway.url() + path)).timeout(Duration.ofSeconds(10));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode api(String path) throws Exception {
    return new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(scheduler.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }
}
