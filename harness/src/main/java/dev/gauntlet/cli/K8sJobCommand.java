package dev.gauntlet.cli;

import dev.gauntlet.deploy.kubernetes.Manifests;
import dev.gauntlet.deploy.kubernetes.Platform;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.workers.kubernetes.WorkerJob;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet k8s job SCENARIO --workers N}: the workers' config map and Indexed Job as YAML. */
@Command(name = "job", mixinStandardHelpOptions = true, usageHelpWidth = 110,
    description = {"Print the scenario's load split over N workers as Kubernetes objects: a config map with the plan, "
        + "and an Indexed Job of N pods of the harness image, each running 'gauntlet worker' on its shard and "
        + "uploading its results to the coordinator at --coordinator-url (docs/workers.md). Its pods wait at that "
        + "coordinator's start barrier.",
        "Apply with: ./gauntlet k8s job SCENARIO --workers N --coordinator-url URL | kubectl apply -f -"})
final class K8sJobCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "the scenario file, e.g. scenarios/smoke.yaml")
  Path file;

  @Option(names = "--workers", paramLabel = "N", required = true, description = "how many workers share the load")
  int workers;

  @Option(names = "--coordinator-url", paramLabel = "URL", required = true,
      description = "how the pods reach the coordinating run, e.g. http://10.0.0.5:7070")
  URI coordinatorUrl;

  @Option(names = "--namespace", paramLabel = "NS",
      description = "where the objects go (default: the scenario's target kubernetes.namespace, else gauntlet)")
  String namespace;

  @Option(names = "--image", paramLabel = "IMAGE", defaultValue = WorkerJob.DEFAULT_IMAGE,
      description = "the harness image, entrypoint the gauntlet CLI (default: ${DEFAULT-VALUE})")
  String image;

  @Option(names = "--url", paramLabel = "URL",
      description = "where the pods send the load (default: an external target's url, else the gauntlet-gateway "
          + "Service of 'k8s manifests' in the target's namespace)")
  URI url;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of the load (default: a new one)")
  Long seed;

  @Override
  public Integer call() {
    Scenario scenario = Scenarios.load(file);
    Load load = scenario.loadSection().orElseThrow(() -> new CliException(file + " has no load section, so there is "
        + "nothing for workers to run; add load: {model: closed, users: 10, ramp: 5s, hold: 15s, apps: [{app: dash}]}"));
    if (workers < 1 || (load.model() != LoadModel.OPEN && load.users() < workers)) {
      throw new CliException("--workers " + workers + " for " + load.users() + " users of " + file + ": give 1 to "
          + load.users() + " workers, or raise load.users");
    }
    KubernetesSettings where = scenario.target() instanceof LocalTarget l ? l.kubernetes()
        : scenario.target() instanceof ExternalTarget e ? e.kubernetes() : null;
    String platformNs = where != null && where.namespace() != null ? where.namespace() : "gauntlet";
    boolean external = scenario.target() instanceof ExternalTarget;
    URI entryPoint = url != null ? url : external ? ((ExternalTarget) scenario.target()).url()
        : URI.create("http://" + Platform.GATEWAY + "." + platformNs + ".svc");
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    Plan plan = Plans.of(scenario, "k8s-job-" + scenario.name(), chosenSeed, Path.of(WorkerJob.WORK_DIR),
        List.of(entryPoint), !external);
    WorkerJob job = new WorkerJob(namespace != null ? namespace : platformNs, image, null, workers, coordinatorUrl,
        WorkerJob.activeDeadlineSeconds(plan));
    spec.commandLine().getOut().print(Manifests.yaml(job.objects(plan)));
    spec.commandLine().getOut().flush();
    return Gauntlet.OK;
  }
}
