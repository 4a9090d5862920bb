package dev.gauntlet.deploy;

import dev.gauntlet.deploy.internal.AttachedDeployment;
import dev.gauntlet.deploy.internal.DockerDeployment;
import dev.gauntlet.deploy.internal.LocalDeployment;
import dev.gauntlet.deploy.internal.LocalSettings;
import dev.gauntlet.deploy.kubernetes.Components;
import dev.gauntlet.deploy.kubernetes.ExternalKubernetesDeployment;
import dev.gauntlet.deploy.kubernetes.KubernetesDeployment;
import dev.gauntlet.deploy.kubernetes.Platform;
import dev.gauntlet.scenario.TargetKind;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import dev.gauntlet.scenario.LocalTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Factories: {@code Deployments.local(target, Path.of(".gauntlet"))}. */
public final class Deployments {

  private Deployments() {}

  /** Processes on this machine, state and logs under {@code stateDir}, progress to stderr. */
  public static Deployment local(LocalTarget target, Path stateDir) {
    return local(target, stateDir, line -> System.err.println("gauntlet: " + line));
  }

  /**
   * A local deployment someone else started ({@code gauntlet up}), known by its scheduler and its
   * processes: its targets can be listed and hit, but it is neither started nor stopped from here.
   */
  public static Deployment attached(URI scheduler, List<URI> gateways, List<ComponentProcess> processes) {
    return new AttachedDeployment(new Endpoints(gateways, scheduler, List.of()), processes);
  }

  /** As {@link #local(LocalTarget, Path)}, progress lines to {@code log}. */
  public static Deployment local(LocalTarget target, Path stateDir, Consumer<String> log) {
    return new LocalDeployment(LocalSettings.of(target, stateDir), log);
  }

  /**
   * The reference platform as its target's kind has it: processes ({@code local}), containers
   * ({@code docker}) or pods ({@code kubernetes}); state and logs under {@code stateDir}.
   *
   * @param runId what the deployment labels its containers or pods with, so a crashed run's are found
   */
  public static Deployment of(LocalTarget target, Path stateDir, String runId, Consumer<String> log) {
    return of(target, null, stateDir, runId, log);
  }

  /** As above, with the scenario's {@code auth:} (null: none): a local target then runs its identity provider. */
  public static Deployment of(LocalTarget target, dev.gauntlet.scenario.Auth auth, Path stateDir, String runId,
      Consumer<String> log) {
    if (auth != null && auth.localProvider() && target.kind() != TargetKind.LOCAL) {
      throw new DeploymentException("auth with the local identity provider runs on --target local only; "
          + "give auth.issuer the URL of your provider for a " + target.kind() + " target");
    }
    return switch (target.kind()) {
      case LOCAL -> new LocalDeployment(LocalSettings.of(target, stateDir).withIdentity(auth), log);
      case KUBERNETES -> kubernetes(target, runId, log);
      case DOCKER -> new DockerDeployment(target, stateDir, runId, log);
      default -> throw new DeploymentException("target kind " + target.kind() + " cannot be brought up by this "
          + "version yet; use --target local");
    };
  }

  /**
   * The reference platform in the scenario's namespace, through the kubeconfig context it names
   * (docs/deploy.md); the image is {@code -Dgauntlet.image}, else {@link Platform#DEFAULT_IMAGE}.
   */
  public static Deployment kubernetes(LocalTarget target, String runId, Consumer<String> log) {
    if (target.kubernetes() == null) {
      // --target kubernetes on a scenario written for another kind: the current context, namespace gauntlet
      target = new LocalTarget(target.gateways(), target.basePort(), target.scheduler(), target.apps(), target.runtime(),
          TargetKind.KUBERNETES, new KubernetesSettings(null, "gauntlet", Map.of()));
    }
    KubernetesClient client = client(target.kubernetes().context());
    return KubernetesDeployment.owningClient(client, target, System.getProperty("gauntlet.image", Platform.DEFAULT_IMAGE), runId,
        Components.inCluster(client, target.kubernetes().namespace(), log), log);
  }

  /**
   * A view of a user's deployment on Kubernetes ({@code kind: external} with a {@code kubernetes:}
   * block): load goes to its URL; targets, faults and pod start-up phases go through the API.
   */
  public static Deployment external(ExternalTarget target) {
    if (target.kubernetes() == null) {
      throw new DeploymentException("target " + target.url() + " has no kubernetes block: Gauntlet sees only its URL, "
          + "so it has no targets to list or break; add target.kubernetes: {namespace, selectors: {runtime: ...}}");
    }
    return new ExternalKubernetesDeployment(client(target.kubernetes().context()), target);
  }

  /** A client on the kubeconfig context (null: the current one) that gives up on an unreachable cluster in seconds. */
  public static KubernetesClient client(String context) {
    Config config = Config.autoConfigure(context);
    config.setConnectionTimeout(5_000);
    config.setRequestRetryBackoffLimit(1);
    return new KubernetesClientBuilder().withConfig(config).build();
  }
}
