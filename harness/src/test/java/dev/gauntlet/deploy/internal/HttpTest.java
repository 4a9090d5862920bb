package dev.gauntlet.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getJson over an in-process server: a 503 "recovering" is asked again, never read as a list. */
class HttpTest {

  private static final String RECOVERING = "{\"status\":\"recovering\",\"error\":\"re-adopting\",\"retryAfterMillis\":1}";

  private HttpServer server;
  private final Deque<String[]> answers = new ConcurrentLinkedDeque<>();
  private final AtomicInteger asked = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/pods", exchange -> {
      asked.incrementAndGet();
      String[] answer = answers.size() > 1 ? answers.poll() : answers.peek();
      byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI pods() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/pods");
  }

  @Test
  void recoveringIsAskedAgainUntilTheListComes() throws IOException {
    answers.add(new String[] {"503", RECOVERING});
    answers.add(new String[] {"503", RECOVERING});
    answers.add(new String[] {"200", "[{\"id\":\"dash-1\"},{\"id\":\"dash-2\"}]"});

    assertThat(Http.getJson(pods()).findValuesAsText("id")).containsExactly("dash-1", "dash-2");
    assertThat(asked.get()).isEqualTo(3);
  }

  @Test
  void recoveringPastTheDeadlineFailsSayingSo() {
    answers.add(new String[] {"503", RECOVERING});

    assertThatThrownBy(() -> Http.getJson(pods(), Duration.ofMillis(30))).isInstanceOf(IOException.class)
        .hasMessageContaining("still answered 503 recovering after 30 ms").hasMessageContaining("re-adopting");
    assertThat(asked.get()).isGreaterThan(1);
  }

  @Test
  void any503ThatIsNotRecoveringFailsAtOnce() {
    answers.add(new String[] {"503", "{\"status\":\"failed\",\"error\":\"cannot read state\"}"});

    assertThatThrownBy(() -> Http.getJson(pods())).isInstanceOf(IOException.class)
        .hasMessageContaining("answered 503").hasMessageContaining("cannot read state");
    assertThat(asked.get()).isEqualTo(1);
  }
}
