package dev.gauntlet.cli;

import dev.gauntlet.deploy.LocalState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gauntlet down}: stops the harness 'up' left running, then reaps anything left over. */
@Command(name = "down", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = {
    "Stop everything 'up' started from the state dir (default .gauntlet/).",
    "",
    "First the supervising harness (SIGTERM, SIGKILL after 15 s),",
    "then any gateway, scheduler or pod process still listed in <state-dir>/processes.json or",
    "<state-dir>/scheduler/pods/. Exits 0 when nothing was running."})
final class DownCommand implements Callable<Integer> {

  private static final long GRACE_SECONDS = 15;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".gauntlet",
      description = "the state dir 'up' used (default: ${DEFAULT-VALUE})")
  Path stateDir;

  @Override
  public Integer call() throws Exception {
    LocalState state = LocalState.at(stateDir);
    List<String> stopped = new ArrayList<>();
    Optional<ProcessHandle> harness = state.harness();
    if (harness.isPresent()) {
      ProcessHandle h = harness.get();
      h.destroy();
      try {
        h.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        System.err.println("gauntlet: harness pid " + h.pid() + " did not stop within " + GRACE_SECONDS + "s; killing it");
        h.destroyForcibly();
        h.onExit().get(5, TimeUnit.SECONDS);
      }
      stopped.add("harness (pid " + h.pid() + ") and the deployment it supervised");
    } else if (state.inUse()) {
      throw new CliException(state.root() + " is in use by process " + state.lockHolderPid().map(String::valueOf).orElse("?")
          + ", which is not a gauntlet CLI (a test or program using the deploy API?); stop that process instead");
    }
    stopped.addAll(state.reap());
    Files.deleteIfExists(state.deploymentFile());
    if (stopped.isEmpty()) {
      spec.commandLine().getOut().println("nothing was running from " + state.root());
    } else {
      spec.commandLine().getOut().println("stopped: " + String.join(", ", stopped));
    }
    return Gauntlet.OK;
  }
}
