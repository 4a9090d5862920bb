package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.gauntlet.scenario.LoadModel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preflight against an in-process HTTP server on 127.0.0.1: what it names, and what passes. */
class PreflightTest {

  HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  String serve(String healthyPath) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      int status = exchange.getRequestURI().getPath().startsWith(healthyPath) ? 200 : 404;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static Plan plan(String entry, String... appPaths) {
    List<Plan.App> apps = java.util.Arrays.stream(appPaths).map(p -> new Plan.App(p, p, 1, List.of())).toList();
    return new Plan("r", "s", 1, null, LoadModel.CLOSED, 1, 0, 0, 1000, 0, 0, null, 10_000, 15_000, List.of(entry), apps);
  }

  @Test
  void aTargetAnswering404IsNamedByUrlAndStatus() throws Exception {
    String entry = serve("/nothing");

    assertThat(Preflight.check(plan(entry, ""), Duration.ofSeconds(5))).hasValue("GET " + entry + "/ answered 404");
  }

  @Test
  void theFirstAppWhoseHealthFailsIsNamed() throws Exception {
    String entry = serve("/apps/dash");

    assertThat(Preflight.check(plan(entry, "/apps/dash", "/apps/light"), Duration.ofSeconds(5)))
        .hasValue("GET " + entry + "/apps/light/ answered 404");
    assertThat(Preflight.check(plan(entry, "/apps/dash"), Duration.ofSeconds(5))).isEmpty();
  }

  @Test
  void aRefusedPortIsNamed() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }

    assertThat(Preflight.check(plan("http://127.0.0.1:" + port, ""), Duration.ofSeconds(5)))
        .hasValue("GET http://127.0.0.1:" + port + "/ got no answer (connection refused)");
  }

  @Test
  void thePageAndHealthOfEachAppAtEachEntryPointAreAsked() {
    Plan plan = new Plan("r", "s", 1, null, LoadModel.CLOSED, 1, 0, 0, 1000, 0, 0, null, 10_000, 15_000,
        List.of("http://a:1/", "http://b:2"), List.of(new Plan.App("dash", "/apps/dash", 1, List.of())));

    assertThat(Preflight.urls(plan)).containsExactly("http://a:1/apps/dash/", "http://a:1/apps/dash/_stcore/health",
        "http://b:2/apps/dash/", "http://b:2/apps/dash/_stcore/health");
  }
}
