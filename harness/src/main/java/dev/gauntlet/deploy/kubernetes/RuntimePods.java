package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMesh;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LocalTarget;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run's runtime pods (labelled with its run id): watched from the start so each one's start-up
 * phases are kept, listed as targets with the scheduler's state and sessions, deleted at the end.
 */
final class RuntimePods {

  private final KubernetesClient client;
  private final Platform platform;
  private final PodWatch watch;

  RuntimePods(KubernetesClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
    this.watch = new PodWatch(client, platform.namespace(), selector());
  }

  Map<String, String> selector() {
    Map<String, String> selector = new LinkedHashMap<>(Labels.selector(Target.RUNTIME));
    if (platform.runId() != null) {
      selector.put(Labels.RUN, platform.runId());
    }
    return selector;
  }

  void watch() {
    watch.start();
  }

  List<PodStartup> startups() {
    return watch.startups();
  }

  List<Target> targets(List<dev.gauntlet.deploy.Pod> schedulerView, SchedulerClient scheduler) {
    Map<String, dev.gauntlet.deploy.Pod> byId = schedulerView.stream()
        .collect(Collectors.toMap(dev.gauntlet.deploy.Pod::id, Function.identity(), (a, b) -> a));
    Map<String, List<String>> sessions;
    try {
      sessions = scheduler.attachedSessionsByPod();
    } catch (IOException e) {
      throw new DeploymentException("cannot list placements: " + e.getMessage() + "; is the scheduler at "
          + scheduler.uri() + " running?");
    }
    KubernetesTargets pods = new KubernetesTargets(client, platform.namespace());
    List<Target> targets = new ArrayList<>();
    for (Pod p : pods.pods(selector())) {
      String name = p.getMetadata().getName();
      dev.gauntlet.deploy.Pod seen = byId.get(name);
      // the scheduler lists a pod from before it creates it: one it does not list has ended (Failed, kept)
      if (seen != null && !seen.state().equals("terminating")) {
        targets.add(new Target(Target.RUNTIME, name, p.getMetadata().getLabels().get(Labels.APP), seen.endpoint(),
            seen.state(), seen.sessions(), sessions.getOrDefault(name, List.of()), pods.handle(p)));
      }
    }
    return targets;
  }

  /** Waits until the scheduler reports each pool's warm count of ready pods. */
  void awaitWarm(SchedulerClient scheduler, LocalTarget target, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < end) {
      try {
        Map<String, SchedulerClient.AppStatus> apps = scheduler.apps().stream()
            .collect(Collectors.toMap(SchedulerClient.AppStatus::app, Function.identity()));
        List<String> short_ = new ArrayList<>();
        for (AppPool pool : target.apps()) {
          SchedulerClient.AppStatus s = apps.get(pool.app());
          if (s == null || s.readyPods() < pool.warm()) {
            short_.add(pool.app() + " " + (s == null ? 0 : s.readyPods()) + "/" + pool.warm() + " ready");
          }
        }
        if (short_.isEmpty()) {
          return;
        }
        last = String.join(", ", short_);
        Thread.sleep(200); // polling the scheduler, with a deadline
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new DeploymentException("warm pools not full within " + timeout.toSeconds() + "s (" + last + "); see kubectl "
        + "get pods -n " + platform.namespace() + " -l " + Labels.RUN + "=" + platform.runId());
  }

  /** Deletes the run's runtime pods at once, and any chaos Gauntlet left in the namespace. */
  void deleteAll() {
    client.pods().inNamespace(platform.namespace()).withLabels(selector()).withGracePeriod(0).delete();
    if (ChaosMesh.installed(client)) {
      ChaosMesh.require(client, "cleaning up").clearAll(platform.namespace());
    }
  }

  void close() {
    watch.close();
  }
}
