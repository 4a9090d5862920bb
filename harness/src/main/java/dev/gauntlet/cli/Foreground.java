package dev.gauntlet.cli;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.LocalState;
import dev.gauntlet.scenario.LocalTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** 'up' in the foreground: start, write deployment.json, keep it current, stop on exit. */
final class Foreground {

  private static final long REFRESH_MILLIS = 1_000;

  private final LocalState state;
  private final LocalTarget target;
  /** The scenario's auth: section, null without one: then no identity provider. */
  private final dev.gauntlet.scenario.Auth auth;
  private final Consumer<String> log;
  private final boolean supervisorMode;

  Foreground(LocalState state, LocalTarget target, dev.gauntlet.scenario.Auth auth, boolean supervisorMode) {
    this.state = state;
    this.target = target;
    this.auth = auth;
    this.supervisorMode = supervisorMode;
    // the detached supervisor logs to a file: timestamps help there
    this.log = supervisorMode
        ? line -> System.err.println(Instant.now() + " gauntlet: " + line)
        : line -> System.err.println("gauntlet: " + line);
  }

  int run() throws InterruptedException {
    // a docker target's containers are labelled with this id: 'down' (or a crash, at the next start) removes them
    Deployment deployment = Deployments.of(target, auth, state.root(), "up-" + ProcessHandle.current().pid(), log);
    Thread hook = new Thread(() -> {
      log.accept("stopping the deployment");
      deployment.stop();
      try {
        Files.deleteIfExists(state.deploymentFile());
      } catch (IOException e) {
        log.accept("cannot delete " + state.deploymentFile() + ": " + e.getMessage());
      }
      log.accept("stopped");
    }, "gauntlet-stop");
    // registered before start, so Ctrl-C while pods warm up stops what was started
    Runtime.getRuntime().addShutdownHook(hook);
    Endpoints endpoints = deployment.start();
    List<ComponentProcess> written = deployment.processes();
    DeploymentFile.write(state.deploymentFile(), endpoints, written);
    System.out.println(DeploymentFile.describe(DeploymentFile.read(state.deploymentFile())));
    System.out.println(supervisorMode ? "ready" : "ready; Ctrl-C to stop (or ./gauntlet down from another terminal)");
    System.out.flush();
    while (true) {
      Thread.sleep(REFRESH_MILLIS);
      // a restarted component has a new pid: keep deployment.json true for 'down' and for chaos
      List<ComponentProcess> now = deployment.processes();
      if (!now.equals(written)) {
        DeploymentFile.write(state.deploymentFile(), endpoints, now);
        written = now;
      }
    }
  }
}
