package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMesh;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's own deployment on Kubernetes ({@code kind: external} with a {@code kubernetes:} block):
 * load goes to its URL, while targets, faults and pod start-up phases go through the API, by the
 * block's label selectors, in its namespace only if labelled {@code gauntlet.dev/chaos=allowed}.
 * Nothing is created or deleted here but the chaos resources it asks for.
 */
public final class ExternalKubernetesDeployment implements Deployment {

  private final KubernetesClient client;
  private final ExternalTarget target;
  private final String namespace;
  private final Map<String, Map<String, String>> selectors = new java.util.LinkedHashMap<>();
  private final KubernetesTargets pods;
  private final PodWatch watch;
  private volatile boolean allowed;

  public ExternalKubernetesDeployment(KubernetesClient client, ExternalTarget target) {
    KubernetesSettings k = target.kubernetes();
    this.client = client;
    this.target = target;
    this.namespace = k.namespace();
    k.selectors().forEach((component, s) -> selectors.put(component,
        LabelSelectors.parse("target.kubernetes.selectors." + component, s)));
    if (!selectors.containsKey(Target.RUNTIME)) {
      throw new DeploymentException("target.kubernetes.selectors names no runtime pods: add selectors: "
          + "{runtime: 'app=streamlit-runtime'}");
    }
    this.pods = new KubernetesTargets(client, namespace);
    this.watch = new PodWatch(client, namespace, selectors.get(Target.RUNTIME));
  }

  /** Checks the namespace is allowed, then watches runtime pods for their start-up phases. */
  @Override
  public Endpoints start() {
    BlastRadius.check(client, namespace);
    allowed = true;
    watch.start();
    return endpoints();
  }

  @Override
  public Endpoints endpoints() {
    return new Endpoints(List.of(target.url()), null, List.of());
  }

  @Override
  public List<ComponentProcess> processes() {
    return List.of();
  }

  /** Runtime pods as the API shows them; Gauntlet sees no sessions on a deployment it does not own. */
  @Override
  public List<Pod> pods() {
    return targets().stream().filter(t -> t.component().equals(Target.RUNTIME))
        .map(t -> new Pod(t.id(), t.app(), t.state(), 0, t.endpoint(), 0)).toList();
  }

  @Override
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (var p : pods.pods(selectors.get(Target.RUNTIME))) {
      Map<String, String> labels = p.getMetadata().getLabels();
      // the app a pod serves: Gauntlet's own label, else the recommended name label (not the selector's)
      String app = labels.getOrDefault(Labels.APP, labels.get(Labels.NAME));
      String state = PodWatch.ready(p) ? "ready" : "starting";
      String ip = p.getStatus() == null ? null : p.getStatus().getPodIP();
      targets.add(new Target(Target.RUNTIME, p.getMetadata().getName(), app, ip == null ? null : "http://" + ip,
          state, 0, List.of(), pods.handle(p)));
    }
    if (selectors.containsKey(Target.GATEWAY)) {
      targets.addAll(pods.components(Target.GATEWAY, selectors.get(Target.GATEWAY)));
    }
    if (selectors.containsKey("controlPlane")) {
      targets.addAll(pods.components(Target.SCHEDULER, selectors.get("controlPlane")));
    }
    return targets;
  }

  @Override
  public List<PodStartup> podStartups() {
    return watch.startups();
  }

  @Override
  public void kill(Target t) {
    pods.delete(t, Duration.ZERO);
  }

  @Override
  public void terminate(Target t, Duration grace) {
    pods.delete(t, grace);
  }

  @Override
  public void pause(Target t) {
    pods.freeze(t);
  }

  @Override
  public void resume(Target t) {
    pods.thaw(t);
  }

  /** Leaves the user's deployment as it is; only the chaos Gauntlet asked for is removed. */
  @Override
  public void stop() {
    watch.close();
    try {
      if (allowed && ChaosMesh.installed(client)) {
        ChaosMesh.require(client, "cleaning up").clearAll(namespace);
      }
    } catch (RuntimeException e) {
      // stop runs from shutdown hooks too: never throw
      System.err.println("gauntlet: could not remove Gauntlet's chaos resources in namespace " + namespace + ": "
          + e.getMessage() + "; see kubectl get podchaos,networkchaos -n " + namespace);
    }
  }
}
