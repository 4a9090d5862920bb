package dev.gauntlet.run;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.workers.LocalWorkers;
import dev.gauntlet.workers.WorkerDriver;
import java.util.function.Consumer;

/** A run's {@link LoadSplit} checked against its scenario, and the driver that runs its workers. */
final class WorkerSplit {

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
    if (load != null && !"open".equals(load.model()) && load.users() < parts) {
      throw new RunException(scenario.file().getFileName() + ": " + parts + (split.shard() ? " shards" : " workers")
          + " for " + load.users() + " users would leave some without users; split into at most " + load.users()
          + ", or raise load.users");
    }
    if (!LoadSplit.LOCAL.equals(split.on()) && !LoadSplit.KUBERNETES.equals(split.on())) {
      throw new RunException("--on " + split.on() + " is not a place workers run: give local or kubernetes");
    }
  }

  /** The coordinating driver: workers on this machine, or an Indexed Job's pods. */
  static WorkerDriver driver(LoadSplit split, LoadDriver preflight, Consumer<String> log) {
    if (LoadSplit.KUBERNETES.equals(split.on())) {
      throw new RunException("--on kubernetes is not available in this build: run the workers locally (--on local)");
    }
    return new WorkerDriver(split.workers(), new LocalWorkers(), "127.0.0.1", null, preflight, log);
  }
}
