package dev.gauntlet.cli;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.workers.WorkerRun;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gauntlet worker}: one shard of a split run's load, as {@code run --workers} or a Job's pod starts it. */
@Command(name = "worker", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Drive shard INDEX of COUNT of a run's plan.json and write its journal, histograms and worker.json under",
    "--out. Started by 'run --workers N' (one per worker) and by the pods of 'k8s job'; you need it only to run",
    "workers by hand. It measures its clock against the coordinator, waits at the coordinator's start barrier",
    "so all workers start together, and stops when the coordinator says so (docs/workers.md).", ""})
final class WorkerCommand implements Callable<Integer> {

  @Option(names = "--plan", paramLabel = "FILE", required = true, description = "the whole run's plan.json")
  Path plan;

  @Option(names = "--index", paramLabel = "INDEX",
      description = "this worker's shard, from 1 (default: JOB_COMPLETION_INDEX + 1, as an Indexed Job's pod has it)")
  Integer index;

  @Option(names = "--of", paramLabel = "COUNT", required = true, description = "how many workers share the load")
  int count;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "where this worker's files go")
  Path out;

  @Option(names = "--coordinator", paramLabel = "URL", required = true, description = "the coordinating run's address")
  URI coordinator;

  @Option(names = "--upload", description = "send the results to the coordinator (no shared disk with it)")
  boolean upload;

  @Option(names = "--owner", paramLabel = "PID", description = "exit when this process (the coordinator) ends")
  Long owner;

  @Override
  public Integer call() throws Exception {
    int shard = index != null ? index : jobIndex().orElseThrow(() -> new CliException(
        "no --index and no " + dev.gauntlet.workers.WorkerArgs.JOB_INDEX_ENV + ": say which shard, e.g. --index 1"));
    if (owner != null) {
      Owner.exitWhenGone(owner);
    }
    dev.gauntlet.workers.WorkerArgs command = new dev.gauntlet.workers.WorkerArgs(plan, shard, count, out,
        coordinator, upload, owner == null ? 0 : owner);
    return WorkerRun.run(command, LoadDriver.configured(), line -> System.err.println("gauntlet: " + line)) == 0
        ? Gauntlet.OK : Gauntlet.ERROR;
  }

  private static Optional<Integer> jobIndex() {
    String value = System.getenv(dev.gauntlet.workers.WorkerArgs.JOB_INDEX_ENV);
    try {
      return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.strip()) + 1);
    } catch (NumberFormatException e) {
      throw new CliException(dev.gauntlet.workers.WorkerArgs.JOB_INDEX_ENV + "=" + value + " is not a number");
    }
  }
}
