package dev.gauntlet.chaos;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.SchedulerClient;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Where targets come from: the run's own deployment only, read at the moment of each action. */
public interface TargetSource {

  /** Runtime pods that are not already terminating. */
  List<ChaosTarget> pods();

  /** The gateways and the scheduler. */
  List<ChaosTarget> components();

  static TargetSource of(Deployment deployment) {
    return new TargetSource() {
      @Override
      public List<ChaosTarget> pods() {
        return fromPods(deployment.pods(), attachedSessions(deployment.endpoints().scheduler()));
      }

      @Override
      public List<ChaosTarget> components() {
        return fromProcesses(deployment.processes());
      }
    };
  }

  /** A deployment known only by its scheduler and its processes (what {@code up} left in deployment.json). */
  static TargetSource of(URI scheduler, List<ComponentProcess> processes) {
    return new TargetSource() {
      @Override
      public List<ChaosTarget> pods() {
        try {
          return fromPods(SchedulerClient.at(scheduler).pods(), attachedSessions(scheduler));
        } catch (IOException e) {
          throw new DeploymentException("cannot list pods: " + e.getMessage() + "; is the scheduler at " + scheduler
              + " running?");
        }
      }

      @Override
      public List<ChaosTarget> components() {
        return fromProcesses(processes);
      }
    };
  }

  /** The runtime sessions attached to each pod, from the scheduler's placements. */
  static java.util.Map<String, List<String>> attachedSessions(URI scheduler) {
    try {
      return SchedulerClient.at(scheduler).attachedSessionsByPod();
    } catch (IOException e) {
      throw new DeploymentException("cannot list placements: " + e.getMessage() + "; is the scheduler at "
          + scheduler + " running?");
    }
  }

  static List<ChaosTarget> fromPods(List<Pod> pods) {
    return fromPods(pods, java.util.Map.of());
  }

  /** Pods with the runtime session ids attached to each ({@code podId -> ids}, from the placements). */
  static List<ChaosTarget> fromPods(List<Pod> pods, java.util.Map<String, List<String>> sessionsByPod) {
    return pods.stream().filter(p -> !p.state().equals("terminating") && p.pid() > 0)
        .map(p -> new ChaosTarget(ChaosTarget.RUNTIME, p.id(), p.pid(), p.app(), p.sessions(), p.endpoint(),
            sessionsByPod.getOrDefault(p.id(), List.of()))).toList();
  }

  static List<ChaosTarget> fromProcesses(List<ComponentProcess> processes) {
    return processes.stream().filter(p -> p.pid() > 0)
        .map(p -> new ChaosTarget(kind(p.component()), p.component(), p.pid(), null, 0,
            p.port() > 0 ? "http://127.0.0.1:" + p.port() : null, List.of()))
        .filter(t -> t.component() != null).toList();
  }

  /** {@code gateway-2} -> gateway; {@code scheduler} -> scheduler; anything else (the harness) -> null. */
  static String kind(String component) {
    if (component.startsWith(ChaosTarget.GATEWAY)) {
      return ChaosTarget.GATEWAY;
    }
    return component.equals(ChaosTarget.SCHEDULER) ? ChaosTarget.SCHEDULER : null;
  }
}
