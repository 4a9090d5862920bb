package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.Durations;
import java.util.List;

/**
 * Probes pods: starting ones until they answer 200 (ready) or their start timeout passes
 * (unhealthy, killed); ready ones every health interval until too many failures in a row.
 * Runs on the event loop; probe answers hop back to it.
 */
final class HealthChecker {

  private final Wiring cx;
  private final PodLifecycle pods;

  HealthChecker(Wiring cx, PodLifecycle pods) {
    this.cx = cx;
    this.pods = pods;
  }

  /**
   * Probes starting pods (readiness) and fails those past their start timeout, which counts from
   * the moment their process runs (a pod still waiting for its prerequisite is not timed here).
   */
  void pollStarting() {
    for (Pool pool : cx.pools().values()) {
      for (Pod pod : List.copyOf(pool.pods.values())) {
        if (pod.state != Pod.State.STARTING) {
          continue;
        }
        long timeout = pool.config.startTimeout().toMillis();
        if (pod.waitingFor != null) {
          continue; // not the pod's time yet: its prerequisite has a deadline of its own
        }
        if (pod.handle == null && pods.now() - pod.spawnRequestedAt >= timeout) {
          pods.failed(pod, "unhealthy", "its process did not start within " + Durations.format(pool.config.startTimeout()),
              PodLifecycle.whereToLook(pod), true);
        } else if (pod.handle != null && pods.now() - pod.processStartedAt >= timeout) {
          pods.failed(pod, "unhealthy", "not ready after " + Durations.format(pool.config.startTimeout()) + ": "
              + pod.lastHealth, pod.handle.logHint(), true);
        } else if (pod.handle != null && !pod.probing) {
          probeStarting(pod);
        }
      }
    }
  }

  private void probeStarting(Pod pod) {
    if (pod.endpoint == null) {
      pod.endpoint = pod.handle.endpoint().orElse(null);
      if (pod.endpoint == null) {
        pod.lastHealth = "no port file yet";
        return;
      }
    }
    pod.probing = true;
    cx.probe().status(pod.endpoint).whenComplete((status, error) -> cx.loop().execute(() -> {
      pod.probing = false;
      if (pod.state != Pod.State.STARTING) {
        return;
      }
      if (error == null && status == 200) {
        pods.ready(pod);
      } else {
        pod.lastHealth = error == null ? "health answered " + status : "health " + PodLifecycle.describe(error);
      }
    }));
  }

  /** Probes ready pods every {@code interval}; too many failures in a row kill the pod. */
  void checkHealth(long intervalMillis, int failuresAllowed) {
    for (Pool pool : cx.pools().values()) {
      for (Pod pod : List.copyOf(pool.pods.values())) {
        if (pod.state != Pod.State.READY || pod.probing || pods.now() - pod.lastCheckAt < intervalMillis) {
          continue;
        }
        pod.probing = true;
        pod.lastCheckAt = pods.now();
        cx.probe().status(pod.endpoint).whenComplete((status, error) -> cx.loop().execute(() -> {
          pod.probing = false;
          if (pod.state != Pod.State.READY) {
            return;
          }
          if (error == null && status == 200) {
            pod.healthFailures = 0;
            return;
          }
          pod.lastHealth = error == null ? "health answered " + status : "health " + PodLifecycle.describe(error);
          if (++pod.healthFailures >= failuresAllowed) {
            pods.failed(pod, "unhealthy", pod.healthFailures + " failed health checks: " + pod.lastHealth, true);
          }
        }));
      }
    }
  }
}
