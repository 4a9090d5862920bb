package dev.gauntlet.cli;

import dev.gauntlet.run.RunOptions;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
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

  /** The runner's options: the seed given, else a fresh one; {@code verbose}: --verbose or GAUNTLET_DEBUG=1. */
  RunOptions options(boolean verbose) {
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    return new RunOptions(file, target, url, out, chosenSeed, System.console() != null, verbose);
  }
}
