package dev.gauntlet.platform.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.protocol.client.AppHttp;
import dev.gauntlet.protocol.client.ReceivedMessage;
import dev.gauntlet.protocol.client.Run;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform end to end: a browser's session through a gateway, and what it sees when things die. */
class PlatformStackIT {

  @TempDir Path dir;
  private Stack stack;
  private final List<Browser> browsers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    browsers.forEach(Browser::close);
    if (stack != null) {
      stack.close();
    }
  }

  private Browser open(int gateway) {
    Browser b = Browser.open(stack.appUri(gateway, "dash"));
    browsers.add(b);
    return b;
  }

  private void awaitReadyPods(int count) {
    await("a warm pool of " + count + " ready pods").atMost(Duration.ofSeconds(60))
        .until(() -> stack.pods("ready").size() >= count);
  }

  @Test
  void aSessionThroughTheGatewaySeesTheProtocolsOrderAndAWidgetRerunGetsAFreshRun() throws Exception {
    stack = Stack.start(dir, "dash", 2, 10);
    awaitReadyPods(2);
    AppHttp http = AppHttp.of(stack.appUri(0, "dash"));
    assertThat(http.page().status()).isEqualTo(200);
    assertThat(http.health().status()).isEqualTo(200);
    assertThat(http.hostConfig().body()).contains("allowedOrigins");

    Browser browser = open(0);
    List<String> kinds = browser.firstRun.describe();
    assertThat(kinds.get(0)).isEqualTo("new_session");
    assertThat(kinds.get(1)).isEqualTo("session_status_changed(running)");
    assertThat(kinds.subList(2, kinds.size() - 2)).isNotEmpty().allMatch(k -> k.startsWith("delta[0,"));
    assertThat(kinds.get(kinds.size() - 2)).isEqualTo("script_finished(FINISHED_SUCCESSFULLY)");
    assertThat(kinds.get(kinds.size() - 1)).isEqualTo("session_status_changed(not running)");

    Run rerun = browser.slide(42);
    assertThat(rerun.succeeded()).isTrue();
    assertThat(rerun.describe().get(0)).isEqualTo("new_session");
    assertThat(Browser.text(messages(rerun.messages()))).contains("n = 42");

    JsonNode placement = stack.placementOf(browser.sessionId());
    assertThat(placement).as("the placement records the runtime session id the client saw").isNotNull();
    assertThat(placement.path("cold").asBoolean()).as("placed on a warm pod").isFalse();
  }

  @Test
  void killingAPodWithLiveSessionsReplaysEachOnItsOwnSocketAndThePoolIsRefilled() throws Exception {
    stack = Stack.start(dir, "dash", 2, 4);
    awaitReadyPods(2);
    Map<Browser, Double> values = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      Browser b = open(i % 2);
      b.slide(10 + i);
      values.put(b, 10.0 + i);
    }
    Map<Browser, String> idsBefore = new HashMap<>();
    browsers.forEach(b -> idsBefore.put(b, b.sessionId()));
    Map<String, List<Browser>> byPod = new HashMap<>();
    for (Browser b : browsers) {
      byPod.computeIfAbsent(stack.placementOf(b.sessionId()).path("podId").asText(), k -> new ArrayList<>()).add(b);
    }
    String victim = byPod.entrySet().stream().max(Map.Entry.comparingByValue(
        java.util.Comparator.comparingInt(List::size))).orElseThrow().getKey();
    List<Browser> affected = byPod.get(victim);
    long pid = StreamSupport.stream(stack.api("/v1/pods").spliterator(), false)
        .filter(p -> p.path("id").asText().equals(victim)).findFirst().orElseThrow().path("pid").asLong();
    long killedAt = System.currentTimeMillis();

    ProcessHandle.of(pid).orElseThrow().destroyForcibly();

    for (Browser b : affected) {
      await("session " + idsBefore.get(b) + " replayed on its socket after pod " + victim + " died")
          .atMost(Duration.ofSeconds(3))
          .until(() -> finishedRuns(b.client.unsolicited()) >= 1);
      List<ForwardMsg> replay = messages(b.client.unsolicited());
      assertThat(replay.get(0).hasNewSession()).isTrue();
      assertThat(replay.get(0).getNewSession().getInitialize().getSessionId())
          .as("a new session on another pod").isNotEqualTo(idsBefore.get(b));
      assertThat(Browser.text(replay)).as("the replay carries the widget state")
          .contains("n = " + Math.round(values.get(b)));
    }
    for (Browser b : browsers) {
      if (!affected.contains(b)) {
        assertThat(b.client.unsolicited()).as("a session on a surviving pod notices nothing").isEmpty();
      }
    }
    await("events: the pod gone, then a new pod created and ready").atMost(Duration.ofSeconds(60))
        .until(() -> replacedAfter(victim, killedAt));
  }

  @Test
  void schedulerCrashLeavesLiveSessionsFlowingAndItsRestartAdoptsThePods() throws Exception {
    stack = Stack.start(dir, "dash", 2, 10);
    awaitReadyPods(2);
    Browser before = open(0);
    List<String> podsBefore = podIds();
    int port = stack.scheduler.port;

    stack.scheduler.kill();
    assertThat(before.slide(7).succeeded()).as("a live session does not need the scheduler").isTrue();
    stack.startScheduler(port);

    await("the restarted scheduler answers").atMost(Duration.ofSeconds(30))
        .until(() -> stack.api("/v1/pods").size() >= podsBefore.size());
    assertThat(podIds()).as("the same pods, adopted, none duplicated").containsExactlyInAnyOrderElementsOf(podsBefore);
    assertThat(eventTypes("adopted")).hasSize(podsBefore.size());
    assertThat(stack.placementOf(before.sessionId())).as("placements survive the restart").isNotNull();
    assertThat(open(1).slide(3).succeeded()).isTrue();
    assertThat(before.slide(8).succeeded()).isTrue();
  }

  @Test
  void killingOneGatewayLeavesTheOthersSessionsUntouched() throws Exception {
    stack = Stack.start(dir, "dash", 2, 10);
    awaitReadyPods(2);
    Browser survivor = open(1);
    Browser doomed = open(0);

    stack.gateways.get(0).kill();

    await("the killed gateway's client sees its socket close").atMost(Duration.ofSeconds(10))
        .until(() -> doomed.client.peerClosed().isDone());
    assertThat(survivor.slide(5).succeeded()).isTrue();
    assertThat(survivor.client.isOpen()).isTrue();
    assertThat(survivor.client.unsolicited()).isEmpty();
  }

  private List<String> podIds() throws Exception {
    List<String> ids = new ArrayList<>();
    stack.api("/v1/pods").forEach(p -> ids.add(p.path("id").asText()));
    return ids;
  }

  private List<JsonNode> eventTypes(String type) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    stack.api("/v1/events?since=0").forEach(e -> {
      if (e.path("type").asText().equals(type)) {
        out.add(e);
      }
    });
    return out;
  }

  /** gone or killed for the victim, then a later pod created and ready. */
  private boolean replacedAfter(String victim, long killedAt) throws Exception {
    long goneAt = -1;
    String fresh = null;
    boolean ready = false;
    for (JsonNode e : stack.api("/v1/events?since=" + killedAt)) {
      String type = e.path("type").asText();
      String pod = e.path("pod").asText();
      if (pod.equals(victim) && (type.equals("gone") || type.equals("killed"))) {
        goneAt = e.path("at").asLong();
      } else if (goneAt >= 0 && type.equals("created") && !pod.equals(victim)) {
        fresh = pod;
      } else if (pod.equals(fresh) && type.equals("ready")) {
        ready = true;
      }
    }
    return ready;
  }

  private static int finishedRuns(List<ReceivedMessage> messages) {
    return (int) messages.stream().filter(m -> m.kind() == MessageKind.SCRIPT_FINISHED
        && m.message().getScriptFinished() == ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY).count();
  }

  private static List<ForwardMsg> messages(List<ReceivedMessage> received) {
    return received.stream().map(ReceivedMessage::message).toList();
  }
}
