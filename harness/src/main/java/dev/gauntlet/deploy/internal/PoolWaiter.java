package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.scenario.AppPool;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every pool has its warm pods ready ({@code GET /v1/apps}); when one never gets
 * there, names the pods that did not, their events and their logs.
 */
final class PoolWaiter {

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
        List<String> short_ = shortPools(Http.getJson(scheduler.resolve("/v1/apps")));
        if (short_.isEmpty()) {
          return;
        }
        lastSeen = String.join(", ", short_);
        failOnSpecError(sinceEpochMillis);
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

  private String describePods(long since) {
    StringBuilder out = new StringBuilder();
    try {
      for (JsonNode pod : Http.getJson(scheduler.resolve("/v1/pods"))) {
        if (!"ready".equals(pod.path("state").asText())) {
          String id = pod.path("id").asText();
          out.append("\n  pod ").append(id).append(" is ").append(pod.path("state").asText())
              .append("; its log: ").append(settings.paths().podLog(id));
        }
      }
      for (JsonNode event : Http.getJson(scheduler.resolve("/v1/events?since=" + since))) {
        String type = event.path("type").asText();
        if (List.of("unhealthy", "killed", "gone", "replaced").contains(type)) {
          String id = event.path("pod").asText();
          out.append("\n  pod ").append(id).append(' ').append(type).append(": ").append(event.path("detail").asText())
              .append(LogTail.describe(settings.paths().podLog(id), 3));
        }
      }
    } catch (IOException e) {
      out.append("\n  (scheduler API unreachable: ").append(e.getMessage()).append(')');
    }
    return out.toString();
  }
}
