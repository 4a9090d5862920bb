package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.platform.testing.PlatformProcess;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ClientState;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.Initialize;
import dev.gauntlet.protocol.proto.NewSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway as a real process between a plain WebSocket client and two {@link ScriptedPod}s:
 * frames come out of the gateway with the bytes they went in with, both ways, relayed as bytes
 * (its metrics say so), and a pod lost after relaying still fails over with the last rerun
 * replayed, byte for byte, to the next pod.
 */
class GatewayRelayIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final List<byte[]> SCRIPT = List.of(
      ForwardMsg.newBuilder().setNewSession(NewSession.newBuilder()
          .setInitialize(Initialize.newBuilder().setSessionId("runtime-1"))).build().toByteArray(),
      random(10, 1), random(300, 2), random(70_000, 3), random(5_000, 4)); // 7-bit, 16-bit, 64-bit lengths, fragments
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static StubScheduler scheduler;
  private static ScriptedPod podA;
  private static ScriptedPod podB;
  private static PlatformProcess gateway;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "gateway-relay-it"));
    scheduler = new StubScheduler();
    scheduler.warmUp();
    podA = new ScriptedPod(SCRIPT);
    podB = new ScriptedPod(SCRIPT);
    scheduler.target = new StubScheduler.Pod("dash-aaaaaa", podA.endpoint());
    gateway = PlatformProcess.start(dir, "gateway", List.of("gateway", "--scheduler", scheduler.url(),
        "--placement-deadline", "5s", "--upstream-timeout", "2s"));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {gateway, podA, podB, scheduler}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  void framesKeepTheirBytesBothWaysAndAFailoverAfterRelayingReplaysTheLastRerun() throws Exception {
    Client client = new Client();
    byte[] rerun = BackMsg.newBuilder().setRerunScript(ClientState.getDefaultInstance())
        .setDebugLastBackmsgId("relayed-rerun").build().toByteArray();
    byte[] blob = random(300, 5); // a 16-bit length, masked by the client
    client.send(rerun);
    assertThat(podA.received.poll(10, TimeUnit.SECONDS)).isEqualTo(rerun);
    client.expectScript();
    client.send(blob);
    assertThat(podA.received.poll(10, TimeUnit.SECONDS)).isEqualTo(blob);
    client.expectScript();
    assertThat(relayed("upstream")).isGreaterThanOrEqualTo(1); // the first frame may come before the pod socket: queued
    assertThat(relayed("downstream")).isGreaterThanOrEqualTo(2 * (SCRIPT.size() - 1)); // the fragments go through Vert.x

    scheduler.target = new StubScheduler.Pod("dash-bbbbbb", podB.endpoint());
    podA.dropSession();
    assertThat(podB.received.poll(10, TimeUnit.SECONDS)).as("the last rerun, replayed").isEqualTo(rerun);
    client.expectScript();
    client.send(blob);
    assertThat(podB.received.poll(10, TimeUnit.SECONDS)).isEqualTo(blob);
    client.expectScript();
    assertThat(podA.received).isEmpty();
    assertThat(gateway.logText()).contains("failover to pod dash-bbbbbb done in").contains("replaying the last rerun");
  }

  private static long relayed(String direction) throws Exception {
    String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("gateway_frames_relayed_total\\{direction=\"" + direction + "\"} ([0-9.E]+)").matcher(metrics);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  private static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** A browser's socket reduced to bytes: whole messages in, whole messages out. */
  private static final class Client implements WebSocket.Listener {
    private final LinkedBlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    private final WebSocket socket;

    Client() {
      socket = HTTP.newWebSocketBuilder().subprotocols("streamlit", "PLACEHOLDER_AUTH_TOKEN")
          .buildAsync(URI.create("ws://127.0.0.1:" + gateway.port + "/apps/dash/_stcore/stream"), this)
          .orTimeout(10, TimeUnit.SECONDS).join();
    }

    void send(byte[] message) {
      socket.sendBinary(ByteBuffer.wrap(message), true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    void expectScript() throws InterruptedException {
      List<byte[]> got = new ArrayList<>();
      while (got.size() < SCRIPT.size()) {
        byte[] m = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(m).as("message %d of the script", got.size()).isNotNull();
        got.add(m);
      }
      assertThat(got).containsExactlyElementsOf(SCRIPT);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      partial.writeBytes(bytes);
      if (last) {
        messages.add(partial.toByteArray());
        partial.reset();
      }
      ws.request(1);
      return null;
    }
  }
}
