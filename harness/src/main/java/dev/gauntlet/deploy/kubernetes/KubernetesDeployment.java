package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.internal.LocalTargets;
import dev.gauntlet.scenario.LocalTarget;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reference platform in a Kubernetes namespace labelled {@code gauntlet.dev/chaos=allowed}:
 * its manifests applied, runtime pods created by the scheduler, faults as pod deletes and Chaos
 * Mesh resources, pod start-up phases from the pods' conditions. Stateful; {@link #stop} deletes
 * everything it created.
 */
public final class KubernetesDeployment implements Deployment {

  private final KubernetesClient client;
  private final LocalTarget target;
  private final Platform platform;
  private final Components components;
  private final Consumer<String> log;
  private final KubernetesTargets pods;
  private final RuntimePods runtime;
  private List<HasMetadata> applied = List.of();
  private volatile Endpoints endpoints;
  private boolean stopped;
  /** The namespace passed the blast-radius check: only then is there anything to delete. */
  private volatile boolean allowed;
  private boolean ownsClient;

  public KubernetesDeployment(KubernetesClient client, LocalTarget target, String image, String runId,
      Components components, Consumer<String> log) {
    this.client = client;
    this.target = target;
    this.platform = new Platform(target.kubernetes().namespace(), image, runId, components.configDir());
    this.components = components;
    this.log = log;
    this.pods = new KubernetesTargets(client, platform.namespace());
    this.runtime = new RuntimePods(client, platform);
  }

  /** As the constructor, and {@link #stop} closes {@code client} too (the deployment made it). */
  public static KubernetesDeployment owningClient(KubernetesClient client, LocalTarget target, String image,
      String runId, Components components, Consumer<String> log) {
    KubernetesDeployment d = new KubernetesDeployment(client, target, image, runId, components, log);
    d.ownsClient = true;
    return d;
  }

  @Override
  public Endpoints start() {
    BlastRadius.check(client, platform.namespace());
    allowed = true;
    runtime.watch();
    applied = components.adjust(Manifests.of(target, platform));
    for (HasMetadata o : applied) {
      client.resource(o).inNamespace(platform.namespace()).createOr(NonDeletingOperation::update);
    }
    log.accept("applied " + applied.size() + " objects in namespace " + platform.namespace());
    Duration timeout = target.apps().stream().map(a -> a.startTimeout()).max(Duration::compareTo)
        .orElse(Duration.ofSeconds(30)).plusSeconds(30);
    Endpoints e = components.start(applied, timeout);
    endpoints = new Endpoints(e.gateways(), e.scheduler(), target.appNames());
    runtime.awaitWarm(SchedulerClient.at(endpoints.scheduler()), target, timeout);
    return endpoints;
  }

  @Override
  public Endpoints endpoints() {
    return endpoints;
  }

  @Override
  public List<ComponentProcess> processes() {
    return components.processes();
  }

  @Override
  public List<Pod> pods() {
    return local().pods();
  }

  @Override
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>(runtime.targets(local().pods(), SchedulerClient.at(endpoints.scheduler())));
    targets.addAll(LocalTargets.ofProcesses(components.processes()));
    targets.addAll(pods.components(Target.GATEWAY, Labels.selector(Target.GATEWAY)));
    targets.addAll(pods.components(Target.SCHEDULER, Labels.selector(Target.SCHEDULER)));
    return targets;
  }

  /** Runtime pods' start-up phases as seen so far, one per pod that was created during this run. */
  @Override
  public List<PodStartup> podStartups() {
    return runtime.startups();
  }

  @Override
  public void kill(Target t) {
    if (isPod(t)) {
      pods.delete(t, Duration.ZERO);
    } else {
      local().kill(t);
    }
  }

  @Override
  public void terminate(Target t, Duration grace) {
    if (isPod(t)) {
      pods.delete(t, grace);
    } else {
      local().terminate(t, grace);
    }
  }

  @Override
  public void pause(Target t) {
    if (isPod(t)) {
      pods.freeze(t);
    } else {
      local().pause(t);
    }
  }

  @Override
  public void resume(Target t) {
    if (isPod(t)) {
      pods.thaw(t);
    } else {
      local().resume(t);
    }
  }

  private static boolean isPod(Target t) {
    return t.handle() != null && t.handle().podName() != null;
  }

  /** The scheduler's view and the components that are processes here. */
  private LocalTargets local() {
    return new LocalTargets(SchedulerClient.at(endpoints.scheduler()), components::processes);
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    components.stop();
    try {
      if (allowed) {
        runtime.deleteAll();
        List<HasMetadata> reversed = new ArrayList<>(applied);
        java.util.Collections.reverse(reversed);
        for (HasMetadata o : reversed) {
          client.resource(o).inNamespace(platform.namespace()).delete();
        }
        log.accept("deleted " + reversed.size() + " objects and the runtime pods of run " + platform.runId());
      }
    } catch (RuntimeException e) {
      // stop runs from shutdown hooks too: say what may be left, never throw
      log.accept("could not delete everything in namespace " + platform.namespace() + ": " + e.getMessage()
          + "; see kubectl get all -n " + platform.namespace() + " -l " + Labels.RUN + "=" + platform.runId());
    } finally {
      runtime.close();
      if (ownsClient) {
        client.close();
      }
    }
  }
}
