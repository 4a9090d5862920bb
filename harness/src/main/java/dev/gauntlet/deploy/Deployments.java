package dev.gauntlet.deploy;

import dev.gauntlet.deploy.internal.AttachedDeployment;
import dev.gauntlet.deploy.internal.DockerDeployment;
import dev.gauntlet.deploy.internal.LocalDeployment;
import dev.gauntlet.deploy.internal.LocalSettings;
import dev.gauntlet.scenario.LocalTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
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
    return switch (target.kind()) {
      case LocalTarget.LOCAL -> local(target, stateDir, log);
      case LocalTarget.DOCKER -> new DockerDeployment(target, stateDir, runId, log);
      default -> throw new DeploymentException("target kind " + target.kind() + " cannot be brought up by this "
          + "version yet; use --target local");
    };
  }
}
