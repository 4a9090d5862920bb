package dev.gauntlet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.LocalState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 'up --detach': starts this CLI again as a supervisor in its own session (output to
 * logs/supervisor.log), waits until it writes deployment.json, prints where it answers.
 */
final class Detached {

  private static final long WAIT_MILLIS = 10 * 60 * 1_000;

  private final LocalState state;
  private final Path scenario;

  Detached(LocalState state, Path scenario) {
    this.state = state;
    this.scenario = scenario;
  }

  List<String> command() {
    List<String> cmd = new ArrayList<>();
    if (onPath("setsid")) {
      cmd.add("setsid"); // Ctrl-C in this terminal must not reach the supervisor
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    for (String property : List.of("gauntlet.home", "gauntlet.platform.jar")) {
      if (System.getProperty(property) != null) {
        cmd.add("-D" + property + "=" + System.getProperty(property));
      }
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Gauntlet.class.getName(),
        "up", "--foreground", "--scenario", scenario.toString(), "--state-dir", state.root().toString()));
    return cmd;
  }

  int spawn() throws IOException, InterruptedException {
    Files.createDirectories(state.logs());
    Files.deleteIfExists(state.deploymentFile());
    Path log = state.logs().resolve("supervisor.log");
    long logOffset = Files.exists(log) ? Files.size(log) : 0;
    Process supervisor = new ProcessBuilder(command())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    Thread abandon = new Thread(supervisor::destroy, "gauntlet-abandon");
    // Ctrl-C before it is ready stops the half-started deployment too
    Runtime.getRuntime().addShutdownHook(abandon);
    long end = System.currentTimeMillis() + WAIT_MILLIS;
    System.err.println("gauntlet: starting (supervisor pid " + supervisor.pid() + ", log " + log + ")");
    while (System.currentTimeMillis() < end) {
      Optional<JsonNode> ready = DeploymentFile.readIfFrom(state.deploymentFile(), supervisor.pid());
      if (ready.isPresent()) {
        Runtime.getRuntime().removeShutdownHook(abandon);
        System.out.println(DeploymentFile.describe(ready.get()));
        System.out.println("ready; stop with ./gauntlet down" + stateDirFlag());
        return Gauntlet.OK;
      }
      if (!supervisor.isAlive()) {
        Runtime.getRuntime().removeShutdownHook(abandon);
        throw new CliException("the deployment did not come up (supervisor exited with status "
            + supervisor.exitValue() + ")" + Tail.of(log, logOffset));
      }
      Thread.sleep(100);
    }
    throw new CliException("the deployment was not ready within " + WAIT_MILLIS / 60_000 + " minutes; see " + log);
  }

  private String stateDirFlag() {
    return state.root().equals(Path.of(".gauntlet").toAbsolutePath().normalize()) ? "" : " --state-dir " + state.root();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
