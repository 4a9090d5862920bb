package dev.gauntlet.platform.scheduler;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A pod that is a local process; its endpoint comes from the port file it writes. */
final class LocalPod implements PodHandle {

  private final ProcessHandle process;
  private final long pidStartedAt;
  private final Path portFile;
  private final Path log;
  private final CompletableFuture<String> exit;
  private volatile String endpoint;

  LocalPod(ProcessHandle process, long pidStartedAt, Path portFile, Path log, CompletableFuture<String> exit) {
    this.process = process;
    this.pidStartedAt = pidStartedAt;
    this.portFile = portFile;
    this.log = log;
    this.exit = exit;
  }

  @Override
  public long pid() {
    return process.pid();
  }

  @Override
  public long pidStartedAt() {
    return pidStartedAt;
  }

  @Override
  public Optional<String> endpoint() {
    if (endpoint == null) {
      endpoint = LocalProcessPodDriver.endpointFrom(portFile).orElse(null);
    }
    return Optional.ofNullable(endpoint);
  }

  @Override
  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void stop(boolean forced) {
    if (forced) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
  }

  @Override
  public CompletableFuture<String> onExit() {
    return exit;
  }

  @Override
  public String logHint() {
    return "see " + log;
  }
}
