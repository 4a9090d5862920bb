package dev.gauntlet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.chaos.Experiment;
import dev.gauntlet.chaos.ExperimentParser;
import dev.gauntlet.chaos.ExperimentRunner;
import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.measure.Journal;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gauntlet chaos EXPERIMENT --state-dir DIR}: one experiment against a deployment already 'up'. */
@Command(name = "chaos", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Run a chaos experiment (chaos/*.yaml, docs/chaos.md) against the deployment 'up' runs from the state dir.",
    "",
    "Targets come only from <state-dir>/deployment.json and the scheduler's pods; each action prints them.",
    "Journal lines go to <state-dir>/chaos-journal.jsonl. --dry-run prints the targets and signals nothing."})
final class ChaosCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "EXPERIMENT", description = "the experiment file, e.g. chaos/runtime-kill.yaml")
  Path file;

  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".gauntlet",
      description = "the state dir 'up' used (default: ${DEFAULT-VALUE})")
  Path stateDir;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of target selection (default: a new one, printed)")
  Long seed;

  @Option(names = "--dry-run", description = "print what each action would hit; touch nothing")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Experiment experiment = ExperimentParser.parse(file);
    Path deploymentFile = stateDir.resolve("deployment.json");
    if (!Files.isRegularFile(deploymentFile)) {
      throw new CliException("no deployment is up from " + stateDir + " (" + deploymentFile + " is missing); "
          + "start one with ./gauntlet up SCENARIO --state-dir " + stateDir);
    }
    JsonNode root = DeploymentFile.read(deploymentFile);
    URI scheduler = URI.create(root.path("scheduler").asText());
    List<ComponentProcess> processes = new ArrayList<>();
    root.path("processes").forEach(p -> processes.add(new ComponentProcess(p.path("component").asText(),
        p.path("pid").asLong(), p.path("port").asInt(), p.path("restarts").asInt())));
    List<URI> gateways = new ArrayList<>();
    root.path("gateways").forEach(g -> gateways.add(URI.create(g.asText())));
    Deployment deployment = Deployments.attached(scheduler, gateways, processes);
    long chosenSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
    PrintWriter out = spec.commandLine().getOut();
    out.println("experiment " + experiment.name() + " (" + experiment.title() + "), seed " + chosenSeed
        + (dryRun ? ", dry run" : ""));
    try (Journal journal = Journal.append(stateDir.resolve("chaos-journal.jsonl"))) {
      ExperimentRunner runner = new ExperimentRunner(deployment, journal, new Random(chosenSeed), dryRun,
          line -> {
            out.println(line);
            out.flush();
          });
      boolean held = runner.run(experiment);
      out.println("steady state " + (held ? "held" : "deviated") + "; journal: " + journal.file());
    }
    return Gauntlet.OK;
  }
}
