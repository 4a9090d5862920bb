package dev.gauntlet.cli;

import dev.gauntlet.deploy.kubernetes.Manifests;
import dev.gauntlet.deploy.kubernetes.Platform;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet k8s manifests SCENARIO}: the reference platform as YAML for {@code kubectl apply}. */
@Command(name = "k8s", mixinStandardHelpOptions = true, usageHelpWidth = 110,
    description = "The reference platform on Kubernetes (docs/deploy.md), and a split run's workers (docs/workers.md).",
    subcommands = {K8sCommand.ManifestsCommand.class, K8sJobCommand.class})
final class K8sCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "manifests", mixinStandardHelpOptions = true, usageHelpWidth = 110,
      description = {"Print the scenario's platform as Kubernetes manifests: a config map, the scheduler's service "
          + "account, role and role binding, the scheduler and gateway Deployments and Services.",
          "Apply with: ./gauntlet k8s manifests SCENARIO | kubectl apply -f -"})
  static final class ManifestsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "the scenario file, e.g. scenarios/smoke.yaml")
    Path file;

    @Option(names = "--namespace", paramLabel = "NS",
        description = "where the objects go (default: the scenario's target.kubernetes.namespace, else gauntlet)")
    String namespace;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = Platform.DEFAULT_IMAGE,
        description = "the platform image, entrypoint java -jar gauntlet-platform.jar (default: ${DEFAULT-VALUE})")
    String image;

    @Override
    public Integer call() {
      Scenario scenario = Scenarios.load(file);
      if (!(scenario.target() instanceof LocalTarget target)) {
        throw new CliException(file + ": target kind " + scenario.target().kind() + " is a deployment Gauntlet does not "
            + "own; manifests are for the reference platform (kind local, docker or kubernetes)");
      }
      String ns = namespace != null ? namespace
          : target.kubernetes() != null && target.kubernetes().namespace() != null ? target.kubernetes().namespace()
          : "gauntlet";
      spec.commandLine().getOut().print(Manifests.yaml(Manifests.of(target, new Platform(ns, image, null))));
      spec.commandLine().getOut().flush();
      return Gauntlet.OK;
    }
  }
}
