package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler's JSON API read as records, over an in-process server answering what docs/platform.md shows. */
class SchedulerClientTest {

  private HttpServer server;
  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/", exchange -> {
      byte[] body = bodies.getOrDefault(exchange.getRequestURI().toString(), "{}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private SchedulerClient client() {
    return SchedulerClient.at(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @Test
  void eachListReadsAsItsRecordsAndFieldsItDoesNotKnowAreSkipped() throws IOException {
    bodies.put("/v1/pods", "[{\"id\":\"dash-1\",\"app\":\"dash\",\"state\":\"ready\",\"pid\":42,"
        + "\"endpoint\":\"http://127.0.0.1:9001\",\"sessions\":2,\"createdAt\":1,\"readyAt\":2,\"newField\":true}]");
    bodies.put("/v1/placements", "[{\"sessionId\":\"g1\",\"app\":\"dash\",\"podId\":\"dash-1\",\"endpoint\":\"e\","
        + "\"cold\":true,\"waitMillis\":300,\"runtimeSessionId\":\"rs-1\",\"placedAt\":10,\"detached\":false},"
        + "{\"sessionId\":\"g2\",\"app\":\"dash\",\"podId\":\"dash-1\",\"runtimeSessionId\":\"rs-2\",\"detached\":true},"
        + "{\"sessionId\":\"g3\",\"app\":\"dash\",\"podId\":\"dash-1\",\"runtimeSessionId\":null}]");
    bodies.put("/v1/apps", "[{\"app\":\"dash\",\"warm\":2,\"maxSessionsPerPod\":50,\"pods\":3,\"readyPods\":2}]");
    bodies.put("/v1/events?since=5", "[{\"seq\":1,\"at\":7,\"type\":\"ready\",\"pod\":\"dash-1\",\"app\":\"dash\","
        + "\"detail\":\"\"}]");

    SchedulerClient c = client();
    assertThat(c.pods()).containsExactly(new Pod("dash-1", "dash", "ready", 42, "http://127.0.0.1:9001", 2));
    assertThat(c.placements()).first().isEqualTo(
        new SchedulerClient.Placement("g1", "dash", "dash-1", "e", true, 300, "rs-1", 10, false));
    assertThat(c.apps()).containsExactly(new SchedulerClient.AppStatus("dash", 2, 50, 3, 2));
    assertThat(c.events(5)).containsExactly(new SchedulerClient.PodEvent(1, 7, "ready", "dash-1", "dash", ""));
    // detached placements and ones without a runtime session yet have nobody on the pod to hit
    assertThat(c.attachedSessionsByPod()).isEqualTo(Map.of("dash-1", List.of("rs-1")));
  }

  @Test
  void anAnswerThatIsNotAListIsAnErrorNamingTheCall() {
    bodies.put("/v1/pods", "{\"error\":\"nope\"}");
    assertThatThrownBy(() -> client().pods()).isInstanceOf(IOException.class)
        .hasMessageContaining("/v1/pods answered OBJECT, not the list docs/platform.md promises");
  }
}
