package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.scenario.LocalTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reference platform as Docker containers on this machine: the scheduler and each gateway
 * supervised like the local kind's processes (same readiness, same restarts, gateways keep their
 * port), runtime pods created by the scheduler's docker driver. Every container carries the run's
 * label; {@link #stop()} removes them all, and the next run reaps a crashed run's.
 */
public final class DockerDeployment implements TargetOps.Forwarding {

  private final LocalTarget target;
  private final Path stateDir;
  private final String runId;
  private final Consumer<String> log;
  private DockerClient docker;
  private ContainerSpawn spawn;
  private LocalDeployment components;
  private boolean stopped;
  private final List<Consumer<ComponentProcess>> restartListeners = new ArrayList<>();

  public DockerDeployment(LocalTarget target, Path stateDir, String runId, Consumer<String> log) {
    this.target = target;
    this.stateDir = stateDir.toAbsolutePath().normalize();
    this.runId = runId;
    this.log = log;
  }

  @Override
  public Endpoints start() {
    if (!DockerApi.available()) {
      throw new DeploymentException("target kind docker: no Docker engine answers on " + DockerApi.SOCKET_PATH
          + "; start one (dockerd --bridge=none --iptables=false, see docs/deploy.md) or run with --target local");
    }
    // no monitor held while building: a shutdown hook's stop() must not wait for the image
    DockerClient client = DockerApi.client();
    ContainerReaper.reapCrashedRuns(client, log);
    String image = PlatformImage.ensure(client, PlatformJar.locate(), log);
    LocalSettings settings = LocalSettings.docker(target, stateDir, new LocalSettings.DockerSettings(image,
        Map.of(DockerApi.RUN, runId, DockerApi.HARNESS, DockerApi.harnessLabel())));
    LocalDeployment started;
    synchronized (this) {
      if (stopped) {
        throw new DeploymentException("the deployment was stopped while starting");
      }
      docker = client;
      spawn = new ContainerSpawn(docker, settings);
      components = new LocalDeployment(settings, log, spawn);
      restartListeners.forEach(components::onRestart);
      started = components;
    }
    return started.start();
  }

  @Override
  public Endpoints endpoints() {
    return started().endpoints();
  }

  @Override
  public List<ComponentProcess> processes() {
    return started().processes();
  }

  /** Listeners may come before {@link #start()}: kept and handed to the components when they exist. */
  @Override
  public synchronized void onRestart(Consumer<ComponentProcess> listener) {
    restartListeners.add(listener);
    if (components != null) {
      components.onRestart(listener);
    }
  }

  @Override
  public DockerTargets targetOps() {
    LocalDeployment c = started();
    return new DockerTargets(docker, new LocalTargets(SchedulerClient.at(c.endpoints().scheduler()), c::processes),
        spawn::containerOf);
  }

  private synchronized LocalDeployment started() {
    if (components == null) {
      throw new IllegalStateException("the deployment is not started");
    }
    return components;
  }

  @Override
  public void stop() {
    LocalDeployment c;
    DockerClient d;
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      c = components;
      d = docker;
    }
    if (c != null) {
      c.stop();
    }
    if (d != null) {
      List<String> removed = ContainerReaper.removeRun(d, runId);
      if (!removed.isEmpty()) {
        log.accept("removed " + removed.size() + " container(s) of run " + runId);
      }
      try {
        d.close();
      } catch (java.io.IOException e) {
        // the socket's connections go with the process anyway
      }
    }
  }
}
