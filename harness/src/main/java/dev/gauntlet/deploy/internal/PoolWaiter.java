package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.scenario.AppPool;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits until every pool has its warm pods ready ({@code GET /v1/apps}); when one never gets
 * there, names the pods that did not, their events and their logs.
 */
final class PoolWaiter {

  private static final int MAX_PODS_SHOWN = 3;
  private static final int FAILED_STARTS_TO_GIVE_UP = 3;

  private final LocalSettings settings;
  private final URI scheduler;

  PoolWaiter(LocalSettings settings, URI scheduler) {
    this.settings = settings;
    this.scheduler = scheduler;
  }

  void await(long sinceEpochMillis) {
    Duration longest = settings.target().apps().stream().map(AppPool::startTimeout)
        .max(Duration::compareTo).orElse(Duration.ofSeconds(30));
    Duration deadline = longest.plus(settings.poolMargin());
    long end = System.nanoTime() + deadline.toNanos();
    String lastSeen = "nothing yet";
    while (System.nanoTime() < end) {
      try {
        // a scheduler restarted meanwhile answers 503 recovering: waited out, within this deadline
        Duration left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
        List<String> short_ = shortPools(Http.getJson(scheduler.resolve("/v1/apps"), left));
        if (short_.isEmpty()) {
          return;
        }
        lastSeen = String.join(", ", short_);
        failOnSpecError(sinceEpochMillis);
        failOnRepeatedStartFailures(sinceEpochMillis);
      } catch (IOException e) {
        lastSeen = "scheduler API: " + e.getMessage();
      }
      ComponentLauncher.pause();
    }
    throw new DeploymentException("warm pools not ready within " + deadline.toSeconds() + "s (" + lastSeen + ")"
        + describePods(sinceEpochMillis));
  }

  private List<String> shortPools(JsonNode apps) {
    List<String> short_ = new ArrayList<>();
    for (AppPool pool : settings.target().apps()) {
      int ready = 0;
      for (JsonNode app : apps) {
        if (pool.app().equals(app.path("app").asText())) {
          ready = app.path("readyPods").asInt();
        }
      }
      if (ready < pool.warm()) {
        short_.add("app " + pool.app() + ": " + ready + " of " + pool.warm() + " warm pods ready");
      }
    }
    return short_;
  }

  /** A pod that died printing the runtime's startup error will die again: say so now. */
  private void failOnSpecError(long since) throws IOException {
    for (JsonNode event : Http.getJson(scheduler.resolve("/v1/events?since=" + since))) {
      if (!"gone".equals(event.path("type").asText()) && !"killed".equals(event.path("type").asText())) {
        continue;
      }
      String pod = event.path("pod").asText();
      for (String line : LogTail.lines(settings.paths().podLog(pod), 20)) {
        if (line.startsWith("gauntlet-platform runtime:")) {
          throw new DeploymentException("pod " + pod + " of app " + event.path("app").asText()
              + " could not start: " + line.substring("gauntlet-platform runtime:".length()).trim()
              + " (its log: " + settings.paths().podLog(pod) + ")");
        }
      }
    }
  }

  /** One line per pod that did not become ready: its state or its events, and its log's last lines. */
  private String describePods(long since) {
    Map<String, List<String>> byPod = new LinkedHashMap<>();
    try {
      for (JsonNode event : Http.getJson(scheduler.resolve("/v1/events?since=" + since))) {
        String type = event.path("type").asText();
        if (List.of("unhealthy", "killed", "gone", "replaced").contains(type)) {
          byPod.computeIfAbsent(event.path("pod").asText(), k -> new ArrayList<>())
              .add(type + " (" + event.path("detail").asText() + ")");
        }
      }
      for (JsonNode pod : Http.getJson(scheduler.resolve("/v1/pods"))) {
        if (!"ready".equals(pod.path("state").asText())) {
          byPod.computeIfAbsent(pod.path("id").asText(), k -> new ArrayList<>()).add("still " + pod.path("state").asText());
        }
      }
    } catch (IOException e) {
      return "\n  (scheduler API unreachable: " + e.getMessage() + ")";
    }
    StringBuilder out = new StringBuilder();
    List<String> pods = new ArrayList<>(byPod.keySet());
    int shown = Math.max(0, pods.size() - MAX_PODS_SHOWN);
    if (shown > 0) {
      out.append("\n  ... ").append(shown).append(" earlier pod(s) not shown");
    }
    for (String id : pods.subList(shown, pods.size())) {
      out.append("\n  pod ").append(id).append(": ").append(String.join(", ", byPod.get(id)))
          .append(LogTail.describe(settings.paths().podLog(id), 2).replace("\n    ", "\n      "));
    }
    return out.toString();
  }

  /** Pods killed or gone before ever being ready, per app: the pool will not fill by waiting. */
  private void failOnRepeatedStartFailures(long since) throws IOException {
    Map<String, Set<String>> failed = new HashMap<>();
    Set<String> wasReady = new HashSet<>();
    for (JsonNode event : Http.getJson(scheduler.resolve("/v1/events?since=" + since))) {
      String type = event.path("type").asText();
      String pod = event.path("pod").asText();
      if (type.equals("ready")) {
        wasReady.add(pod);
      } else if ((type.equals("killed") || type.equals("gone")) && !wasReady.contains(pod)
          && !event.path("detail").asText().contains("adoption")) {
        failed.computeIfAbsent(event.path("app").asText(), k -> new LinkedHashSet<>()).add(pod);
      }
    }
    for (Map.Entry<String, Set<String>> app : failed.entrySet()) {
      if (app.getValue().size() >= FAILED_STARTS_TO_GIVE_UP) {
        throw new DeploymentException("app " + app.getKey() + ": " + app.getValue().size()
            + " pods in a row never got ready (" + String.join(", ", app.getValue()) + ")" + describePods(since)
            + "\n  check the app spec's startup cost against the pool's startTimeout, and the pod logs above");
      }
    }
  }
}
