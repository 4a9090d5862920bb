package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one platform service as {@code java -jar gauntlet-platform.jar SERVICE ...}, output
 * appended to its log file, recorded in the registry, and waits for its port and /readyz.
 */
final class ComponentLauncher {

  private static final long POLL_MILLIS = 100;

  /** Starts a component's command with its output appended to {@code log}: a process or a container. */
  interface Spawn {
    Child start(String component, List<String> command, Path log) throws IOException;
  }

  private final LocalSettings settings;
  private final Spawn spawn;

  /** One per deployment: every gateway signs its session cookies with it; only ever in their environment. */
  private static final String SESSION_KEY = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();

  ComponentLauncher(LocalSettings settings, ProcessRegistry registry) {
    this(settings, (component, command, log) -> {
      ProcessBuilder builder = new ProcessBuilder(command);
      if (component.startsWith("gateway")) {
        builder.environment().put("GAUNTLET_GATEWAY_SESSION_KEY", SESSION_KEY);
      }
      Process process = builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      registry.record(RegistryEntry.of(component, process.toHandle(),
          component.equals(IdpLaunch.COMPONENT) ? IdpLaunch.MAIN : RegistryEntry.PLATFORM_JAR_MARKER));
      return Child.of(process);
    });
  }

  ComponentLauncher(LocalSettings settings, Spawn spawn) {
    this.settings = settings;
    this.spawn = spawn;
  }

  List<String> command(String component, List<String> serviceArgs, int port) {
    if (component.equals(IdpLaunch.COMPONENT)) {
      return IdpLaunch.command(settings, port);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(settings.java().toString());
    cmd.addAll(settings.componentJvmOptions());
    cmd.add("-jar");
    cmd.add(settings.platformJar().toString());
    cmd.addAll(serviceArgs);
    cmd.addAll(List.of("--port", Integer.toString(port),
        "--port-file", settings.paths().portFile(component).toString()));
    if (settings.ownerPid() > 0) {
      cmd.addAll(List.of("--owner-pid", Long.toString(settings.ownerPid())));
    }
    return cmd;
  }

  Child launch(String component, List<String> serviceArgs, int port) throws IOException {
    StatePaths paths = settings.paths();
    Files.createDirectories(paths.logs());
    Files.deleteIfExists(paths.portFile(component));
    return spawn.start(component, command(component, serviceArgs, port), paths.log(component));
  }

  /** Waits for the port file, then for {@code GET /readyz} 200; fails naming the component. */
  URI awaitReady(String component, Child child, Duration deadline) {
    Path portFile = settings.paths().portFile(component);
    Path log = settings.paths().log(component);
    long end = System.nanoTime() + deadline.toNanos();
    String lastSeen = "no port file " + portFile + " yet";
    URI base = null;
    while (System.nanoTime() < end) {
      if (child.exit().isDone()) {
        throw new DeploymentException(component + " exited with status " + child.exit().join()
            + " before it was ready" + LogTail.describe(log, 8));
      }
      try {
        if (base == null && Files.isRegularFile(portFile)) {
          base = URI.create("http://127.0.0.1:" + Integer.parseInt(Files.readString(portFile).trim()));
        }
        if (base != null) {
          String ready = component.equals(IdpLaunch.COMPONENT) ? IdpLaunch.READY_PATH : "/readyz";
          int status = Http.get(base.resolve(ready)).statusCode();
          if (status == 200) {
            return base;
          }
          lastSeen = "GET " + base + ready + " answered " + status;
        }
      } catch (IOException | NumberFormatException e) {
        lastSeen = base == null ? "unreadable port file " + portFile : "GET " + base + "/readyz: " + e;
      }
      pause();
    }
    throw new DeploymentException(component + " was not ready within " + deadline.toSeconds() + "s (last: "
        + lastSeen + "); see " + log + LogTail.describe(log, 5));
  }

  static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeploymentException("interrupted while waiting for the deployment");
    }
  }
}
