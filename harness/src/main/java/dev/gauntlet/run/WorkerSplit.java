package dev.gauntlet.run;

import dev.gauntlet.deploy.kubernetes.Platform;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.scenario.TargetKind;
import dev.gauntlet.workers.Coordinator;
import dev.gauntlet.workers.LocalWorkers;
import dev.gauntlet.workers.WorkerDriver;
import dev.gauntlet.workers.kubernetes.IndexedJobWorkers;
import dev.gauntlet.workers.kubernetes.JobSettings;
import dev.gauntlet.workers.kubernetes.WorkerJob;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A run's {@link LoadSplit} checked against its scenario, and the driver that runs its workers. */
final class WorkerSplit {

  private static final String LOOPBACK = "127.0.0.1";
  private static final Set<String> EVERYWHERE = Set.of("0.0.0.0", "::", "[::]");

  private WorkerSplit() {}

  /** Fails with the fix when the scenario's load cannot be split so. */
  static void check(Scenario scenario, LoadSplit split) {
    if (split.workers() < 1) {
      throw new RunException("--workers " + split.workers() + " is not a number of workers: give 1 or more");
    }
    if (split.shard() && (split.shardIndex() < 1 || split.shardIndex() > split.shardCount())) {
      throw new RunException("--shard " + split.shardIndex() + "/" + split.shardCount() + " names no shard: give I/N with"
          + " 1 <= I <= N, e.g. --shard 2/4");
    }
    if (split.shard() && split.overWorkers()) {
      throw new RunException("--shard and --workers together: a shard run drives its part in one process; "
          + "give one of them");
    }
    int parts = split.shard() ? split.shardCount() : split.workers();
    Load load = scenario.loadSection().orElse(null);
    if (load != null && load.model() != LoadModel.OPEN && load.users() < parts) {
      throw new RunException(scenario.file().getFileName() + ": " + parts + (split.shard() ? " shards" : " workers")
          + " for " + load.users() + " users would leave some without users; split into at most " + load.users()
          + ", or raise load.users");
    }
    if (!LoadSplit.LOCAL.equals(split.on()) && !LoadSplit.KUBERNETES.equals(split.on())) {
      throw new RunException("--on " + split.on() + " is not a place workers run: give local or kubernetes");
    }
    if (LoadSplit.KUBERNETES.equals(split.on()) && !split.overWorkers()) {
      throw new RunException("--on kubernetes without --workers: one worker runs in this process, not on the cluster; "
          + "give --workers 2 or more, or leave out --on");
    }
  }

  /** The coordinating driver: workers on this machine, or an Indexed Job's pods against {@code target}. */
  static WorkerDriver driver(LoadSplit split, Target target, LoadDriver preflight, Consumer<String> log) {
    LoadSplit.OnKubernetes k = split.kubernetes();
    String bind = k.coordinatorBind() != null ? k.coordinatorBind() : LOOPBACK;
    if (!LoadSplit.KUBERNETES.equals(split.on())) {
      return new WorkerDriver(split.workers(), new LocalWorkers(), bind, null, preflight, log);
    }
    if (target instanceof LocalTarget local && local.kind() != TargetKind.KUBERNETES) {
      throw new RunException("--on kubernetes: the workers' pods cannot reach a platform this run starts on this machine"
          + " (target kind " + local.kind() + "); put the platform on the cluster too (--target kubernetes), or point "
          + "the run at a URL the pods reach (target kind external)");
    }
    String bindHost = Coordinator.address(bind).getHostString();
    if (EVERYWHERE.contains(bindHost) && k.coordinatorUrl() == null) {
      throw new RunException("--coordinator-bind " + bind + " listens on every address but tells the pods none: add "
          + "--coordinator-url http://HOST with a HOST the pods reach (docs/workers.md)");
    }
    if (k.coordinatorUrl() == null) {
      log.accept("load: the workers' pods are told the coordinator is at " + bindHost + ", where it listens: they reach "
          + "it only if they share this machine's network (else give --coordinator-bind and --coordinator-url)");
    }
    KubernetesSettings where = target instanceof LocalTarget l ? l.kubernetes()
        : target instanceof ExternalTarget e ? e.kubernetes() : null;
    String platformNamespace = where != null && where.namespace() != null ? where.namespace() : "gauntlet";
    String namespace = k.namespace() != null ? k.namespace() : platformNamespace;
    // a platform on the cluster is reached here through port-forwards, by its pods through its gateway Service
    List<String> entryPoints = target instanceof LocalTarget
        ? List.of("http://" + Platform.GATEWAY + "." + platformNamespace + ".svc") : null;
    JobSettings settings = new JobSettings(where == null ? null : where.context(), namespace,
        k.image() != null ? k.image() : WorkerJob.DEFAULT_IMAGE, k.coordinatorUrl(), entryPoints);
    return new WorkerDriver(split.workers(), IndexedJobWorkers.connect(settings, log), bind, null, preflight, log);
  }
}
