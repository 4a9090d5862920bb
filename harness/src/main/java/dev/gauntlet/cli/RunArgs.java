package dev.gauntlet.cli;

import dev.gauntlet.run.LoadSplit;
import dev.gauntlet.run.RunOptions;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code run} and {@code gate} share (a picocli mixin), so the two take exactly the same. */
final class RunArgs {

  @Parameters(paramLabel = "FILE", description = "the scenario file, e.g. scenarios/smoke.yaml")
  Path file;

  @Option(names = "--target", paramLabel = "KIND", description = "local, docker, kubernetes or external: overrides the scenario's target kind (docs/deploy.md)")
  String target;

  @Option(names = "--url", paramLabel = "URL", description = "the external target's url (a gateway or a Streamlit server)")
  URI url;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "the run directory goes under DIR (default: ${DEFAULT-VALUE}); DIR/latest links to the newest")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of the load (default: a new one, recorded in plan.json)")
  Long seed;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
      description = "split the load over N worker JVMs started together; this process keeps the deployment, the chaos and "
          + "the verdict, and merges their journals and histograms exactly (docs/workers.md; default: ${DEFAULT-VALUE})")
  int workers;

  @Option(names = "--on", paramLabel = "WHERE", defaultValue = "local",
      description = "where --workers run: local (processes on this machine) or kubernetes (an Indexed Job; default: "
          + "${DEFAULT-VALUE})")
  String on;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "drive only shard I of N of the load (a CI matrix job); merge the N runs with 'gauntlet merge' "
          + "(give every shard the same --seed)")
  String shard;

  @Mixin
  WorkersOnKubernetesArgs onKubernetes = new WorkersOnKubernetesArgs();

  /** The runner's options: the seed given, else a fresh one; {@code verbose}: --verbose or GAUNTLET_DEBUG=1. */
  RunOptions options(boolean verbose) {
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    return new RunOptions(file, target, url, out, chosenSeed, System.console() != null, verbose, split());
  }

  private LoadSplit split() {
    if (shard == null) {
      return new LoadSplit(workers, on, 0, 0, onKubernetes.value());
    }
    String[] parts = shard.split("/");
    try {
      if (parts.length == 2) {
        return new LoadSplit(workers, on, Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
            onKubernetes.value());
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new CliException("--shard " + shard + " is not I/N: give the shard's number and the count, e.g. --shard 2/4");
  }
}
