package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.SchedulerClient;
import java.util.List;

/** A local deployment another process started and owns: listed and hit here, never started or stopped. */
public final class AttachedDeployment implements TargetOps.Forwarding {

  private final Endpoints endpoints;
  private final List<ComponentProcess> processes;
  private final LocalTargets targets;

  public AttachedDeployment(Endpoints endpoints, List<ComponentProcess> processes) {
    this.endpoints = endpoints;
    this.processes = List.copyOf(processes);
    this.targets = new LocalTargets(SchedulerClient.at(endpoints.scheduler()), () -> this.processes);
  }

  @Override
  public Endpoints start() {
    throw new DeploymentException("this deployment was started by another process; bring it up with gauntlet up");
  }

  @Override
  public Endpoints endpoints() {
    return endpoints;
  }

  @Override
  public List<ComponentProcess> processes() {
    return processes;
  }

  @Override
  public TargetOps targetOps() {
    return targets;
  }

  /** Its owner stops it ({@code gauntlet down}). */
  @Override
  public void stop() {}
}
