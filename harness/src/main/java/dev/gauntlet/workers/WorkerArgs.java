package dev.gauntlet.workers;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code gauntlet worker}: which shard of which plan, where its results go, and
 * the coordinator it reports to (docs/workers.md). A launcher prefixes the way it starts the CLI
 * (a java command line here, the harness image's entry point in a pod).
 *
 * @param index 1-based; 0 in a Job's pod template, where each pod takes {@code JOB_COMPLETION_INDEX + 1}
 * @param upload true when the worker sends its results to the coordinator (it writes no shared disk)
 * @param ownerPid the coordinator's pid when on the same machine: the worker exits when it dies; 0 for none
 */
public record WorkerArgs(Path plan, int index, int count, Path out, URI coordinator, boolean upload, long ownerPid) {

  /** The env var an Indexed Job sets in each pod: its completion index, from 0. */
  public static final String JOB_INDEX_ENV = "JOB_COMPLETION_INDEX";

  public List<String> args() {
    List<String> args = new ArrayList<>(List.of("worker", "--plan", plan.toString(), "--of", Integer.toString(count),
        "--out", out.toString(), "--coordinator", coordinator.toString()));
    if (index > 0) {
      args.addAll(List.of("--index", Integer.toString(index)));
    }
    if (upload) {
      args.add("--upload");
    }
    if (ownerPid > 0) {
      args.addAll(List.of("--owner", Long.toString(ownerPid)));
    }
    return args;
  }
}
