package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.SchedulerClient;
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
  private final SchedulerClient client;

  PoolWaiter(LocalSettings settings, URI scheduler) {
    this.settings = settings;
    this.client = SchedulerClient.at(scheduler);
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
        List<String> short_ = shortPools(client.waitingUpTo(left).apps());
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

  private List<String> shortPools(List<SchedulerClient.AppStatus> apps) {
    List<String> short_ = new ArrayList<>();
    for (AppPool pool : settings.target().apps()) {
      int ready = 0;
      for (SchedulerClient.AppStatus app : apps) {
        if (pool.app().equals(app.app())) {
          ready = app.readyPods();
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
    for (SchedulerClient.PodEvent event : client.events(since)) {
      if (!"gone".equals(event.type()) && !"killed".equals(event.type())) {
        continue;
      }
      String pod = event.pod();
      for (String line : LogTail.lines(settings.paths().podLog(pod), 20)) {
        if (line.startsWith("gauntlet-platform runtime:")) {
          throw new DeploymentException("pod " + pod + " of app " + event.app()
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
      for (SchedulerClient.PodEvent event : client.events(since)) {
        if (List.of("waiting_for_archive", "unhealthy", "killed", "gone", "replaced").contains(event.type())) {
          byPod.computeIfAbsent(event.pod(), k -> new ArrayList<>()).add(event.type() + " (" + event.detail() + ")");
        }
      }
      for (Pod pod : client.pods()) {
        if (!"ready".equals(pod.state())) {
          byPod.computeIfAbsent(pod.id(), k -> new ArrayList<>()).add("still " + pod.state());
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
    for (SchedulerClient.PodEvent event : client.events(since)) {
      String type = event.type();
      String pod = event.pod();
      if (type.equals("ready")) {
        wasReady.add(pod);
      } else if ((type.equals("killed") || type.equals("gone")) && !wasReady.contains(pod)
          && !String.valueOf(event.detail()).contains("adoption")) {
        failed.computeIfAbsent(event.app(), k -> new LinkedHashSet<>()).add(pod);
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
