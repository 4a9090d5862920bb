package dev.gauntlet.cli;

import dev.gauntlet.deploy.LocalState;
import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gauntlet up}: starts the scenario's target here, in the foreground or detached. */
@Command(name = "up", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Start the scenario's target (default scenarios/smoke.yaml) as processes on this machine.",
    "",
    "A scheduler, the gateways and each app's warm pods; ports are chosen free unless target.basePort",
    "is set. Gateways and the scheduler are restarted with back-off if they die. Once everything is",
    "ready it writes <state-dir>/deployment.json and prints the URLs. Without --detach it stays in the",
    "foreground until Ctrl-C, then stops everything.", ""})
final class UpCommand implements Callable<Integer> {

  static final String DEFAULT_SCENARIO = "scenarios/smoke.yaml";

  @Option(names = "--scenario", paramLabel = "FILE", description = "scenario file (default: " + DEFAULT_SCENARIO + ")")
  Path scenario;

  @Option(names = "--detach", description = "return once ready, leaving a supervisor running (stop with 'down')")
  boolean detach;

  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".gauntlet",
      description = "where state, logs and deployment.json go (default: ${DEFAULT-VALUE})")
  Path stateDir;

  /** The detached supervisor's own mode: 'up' in the foreground, output to its log. */
  @Option(names = "--foreground", hidden = true)
  boolean supervisor;

  @Override
  public Integer call() throws Exception {
    Scenario loaded = Scenarios.load(scenarioFile());
    if (loaded.target() instanceof ExternalTarget external) {
      System.out.println("target is external (" + external.url() + "): nothing to start");
      return Gauntlet.OK;
    }
    LocalTarget target = (LocalTarget) loaded.target();
    LocalState state = LocalState.at(stateDir);
    if (state.inUse()) {
      throw new CliException("a deployment is already running from " + state.root() + " (harness pid "
          + state.lockHolderPid().map(String::valueOf).orElse("?") + "); stop it with ./gauntlet down"
          + (stateDir.toString().equals(".gauntlet") ? "" : " --state-dir " + stateDir));
    }
    if (detach && !supervisor) {
      return new Detached(state, loaded.file()).spawn();
    }
    return new Foreground(state, target, dev.gauntlet.scenario.Auths.of(loaded).orElse(null), supervisor).run();
  }

  /** The default scenario is found from the project root too, so 'up' works from any folder. */
  private Path scenarioFile() {
    if (scenario != null) {
      return scenario;
    }
    Path here = Path.of(DEFAULT_SCENARIO);
    String home = System.getProperty("gauntlet.home");
    if (!Files.exists(here) && home != null) {
      return Path.of(home).resolve(DEFAULT_SCENARIO);
    }
    return here;
  }
}
