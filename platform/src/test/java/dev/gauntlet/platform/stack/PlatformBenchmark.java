package dev.gauntlet.platform.stack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.protocol.client.AppHttp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the platform's start-up figures: time to first render through a gateway on warm pods, and
 * a runtime pod's created -> ready on cold starts. Not part of the suite (the name matches neither
 * test pattern); run it with
 * {@code ./mvnw -o -B verify -pl platform -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PlatformBenchmark}.
 */
class PlatformBenchmark {

  private static final int SESSIONS = Integer.getInteger("gauntlet.bench.sessions", 20);
  private static final String APP = System.getProperty("gauntlet.bench.app", "dash");

  @TempDir Path dir;

  @Test
  void warmTimeToFirstRender() throws Exception {
    try (Stack stack = Stack.start(dir, APP, 2, 100)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> stack.pods("ready").size() >= 2);
      Browser.open(stack.appUri(0, APP)).close(); // the gateway's and pods' first-use costs
      List<Double> ttfr = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        long start = System.nanoTime();
        AppHttp http = AppHttp.of(stack.appUri(i % 2, APP));
        CompletableFuture.allOf(http.healthAsync(), http.hostConfigAsync()).join();
        try (Browser b = Browser.open(stack.appUri(i % 2, APP))) {
          ttfr.add((System.nanoTime() - start) / 1e6);
        }
      }
      print("warm time to first render via gateway (health + host-config + socket + first run)", ttfr);
    }
  }

  @Test
  void coldStart() throws Exception {
    try (Stack stack = Stack.start(dir, APP, 0, 1)) {
      List<Double> ttfr = new ArrayList<>();
      List<Browser> held = new ArrayList<>();
      for (int i = 0; i < Math.min(SESSIONS, 10); i++) {
        long start = System.nanoTime();
        held.add(Browser.open(stack.appUri(i % 2, APP)));
        ttfr.add((System.nanoTime() - start) / 1e6);
      }
      List<Double> createdToReady = new ArrayList<>();
      for (JsonNode pod : stack.api("/v1/pods")) {
        createdToReady.add((double) (pod.path("readyAt").asLong() - pod.path("createdAt").asLong()));
      }
      held.forEach(Browser::close);
      print("cold pod created -> ready (scheduler's createdAt/readyAt)", createdToReady);
      print("cold time to first render via gateway (a pod started for each session)", ttfr);
    }
  }

  private static void print(String what, List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    System.out.printf("BENCH %s: n=%d median=%.1f ms p90=%.1f ms min=%.1f ms max=%.1f ms%n", what, sorted.size(),
        sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.9) - 1)),
        sorted.get(0), sorted.get(sorted.size() - 1));
  }
}
