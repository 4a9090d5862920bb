package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.deploy.Target;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A local deployment's targets and faults: runtime pods from the scheduler's API, components from
 * the supervised processes, every fault a signal to one pid (never by name).
 */
public final class LocalTargets implements TargetOps {

  private final SchedulerClient scheduler;
  private final Supplier<List<ComponentProcess>> processes;

  public LocalTargets(SchedulerClient scheduler, Supplier<List<ComponentProcess>> processes) {
    this.scheduler = scheduler;
    this.processes = processes;
  }

  @Override
  public List<Pod> pods() {
    try {
      return scheduler.pods();
    } catch (IOException e) {
      throw new DeploymentException("cannot list pods: " + e.getMessage() + "; is the scheduler at "
          + scheduler.uri() + " running?");
    }
  }

  @Override
  public List<Target> targets() {
    Map<String, List<String>> sessions;
    try {
      sessions = scheduler.attachedSessionsByPod();
    } catch (IOException e) {
      throw new DeploymentException("cannot list placements: " + e.getMessage() + "; is the scheduler at "
          + scheduler.uri() + " running?");
    }
    List<Target> targets = new ArrayList<>(ofPods(pods(), sessions));
    targets.addAll(ofProcesses(processes.get()));
    return targets;
  }

  /** Pods with a process that are not already on their way out. */
  static List<Target> ofPods(List<Pod> pods, Map<String, List<String>> sessionsByPod) {
    return pods.stream().filter(p -> !p.state().equals("terminating") && p.pid() > 0)
        .map(p -> new Target(Target.RUNTIME, p.id(), p.app(), p.endpoint(), p.state(), p.sessions(),
            sessionsByPod.getOrDefault(p.id(), List.of()), Target.Handle.process(p.pid()))).toList();
  }

  /** The gateways and the scheduler (the harness itself is listed too, but is no target). */
  public static List<Target> ofProcesses(List<ComponentProcess> processes) {
    return processes.stream().filter(p -> p.pid() > 0 && Target.kindOf(p.component()) != null)
        .map(p -> new Target(Target.kindOf(p.component()), p.component(), null,
            p.port() > 0 ? "http://127.0.0.1:" + p.port() : null, "running", 0, List.of(),
            Target.Handle.process(p.pid()))).toList();
  }

  @Override
  public void kill(Target target) {
    ProcessSignals.kill(pid(target));
  }

  @Override
  public void terminate(Target target, Duration grace) {
    long pid = pid(target);
    ProcessSignals.terminate(pid);
    try {
      if (!ProcessSignals.awaitExit(pid, grace)) {
        ProcessSignals.kill(pid);
      }
    } catch (InterruptedException e) {
      ProcessSignals.kill(pid); // no grace left to wait out
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void pause(Target target) {
    ProcessSignals.stop(pid(target));
  }

  @Override
  public void resume(Target target) {
    ProcessSignals.resume(pid(target));
  }

  private static long pid(Target target) {
    if (target.handle() == null || target.handle().pid() == null) {
      throw new DeploymentException(target.id() + " has no process on this machine (" + target.handle()
          + "): a local deployment can only signal its own processes");
    }
    return target.handle().pid();
  }
}
