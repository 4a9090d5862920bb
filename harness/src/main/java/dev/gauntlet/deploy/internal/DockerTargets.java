package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A docker deployment's targets and faults: each a container (never a name): kill is
 * {@code docker kill}, terminate {@code docker stop} with the grace as timeout, pause the cgroup
 * freezer.
 */
final class DockerTargets implements TargetOps {

  private final DockerClient docker;
  private final LocalTargets local;
  private final UnaryOperator<String> containerOf;

  DockerTargets(DockerClient docker, LocalTargets local, UnaryOperator<String> containerOf) {
    this.docker = docker;
    this.local = local;
    this.containerOf = containerOf;
  }

  @Override
  public List<Pod> pods() {
    return local.pods();
  }

  /** Pods with a container, then the gateways and the scheduler, each with its container. */
  @Override
  public List<Target> targets() {
    Map<String, String> podContainers = new HashMap<>();
    for (Pod p : local.pods()) {
      if (p.containerId() != null) {
        podContainers.put(p.id(), p.containerId());
      }
    }
    List<Target> targets = new ArrayList<>();
    for (Target t : local.targets()) {
      String container = t.component().equals(Target.RUNTIME) ? podContainers.get(t.id()) : containerOf.apply(t.id());
      if (container != null) {
        targets.add(new Target(t.component(), t.id(), t.app(), t.endpoint(), t.state(), t.sessions(), t.sessionIds(),
            Target.Handle.container(container)));
      }
    }
    return targets;
  }

  @Override
  public void kill(Target target) {
    act(target, "kill", () -> docker.killContainerCmd(container(target)).withSignal("SIGKILL").exec());
  }

  @Override
  public void terminate(Target target, Duration grace) {
    int seconds = (int) Math.max(0, (grace.toMillis() + 999) / 1000);
    act(target, "stop", () -> docker.stopContainerCmd(container(target)).withTimeout(seconds).exec());
  }

  @Override
  public void pause(Target target) {
    act(target, "pause", () -> docker.pauseContainerCmd(container(target)).exec());
  }

  @Override
  public void resume(Target target) {
    act(target, "unpause", () -> docker.unpauseContainerCmd(container(target)).exec());
  }

  private static void act(Target target, String verb, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      throw new DeploymentException("docker " + verb + " " + target.id() + " (" + target.handle() + "): " + e.getMessage());
    }
  }

  private static String container(Target target) {
    if (target.handle() == null || target.handle().containerId() == null) {
      throw new DeploymentException(target.id() + " has no container (" + target.handle()
          + "): a docker deployment can only act on its own containers");
    }
    return target.handle().containerId();
  }
}
