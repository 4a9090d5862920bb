package dev.gauntlet.deploy.internal;

import java.nio.file.Path;

/** Where a local deployment keeps its files under its state dir (default {@code .gauntlet/}). */
public record StatePaths(Path root) {

  public StatePaths {
    root = root.toAbsolutePath().normalize();
  }

  public Path registry() {
    return root.resolve("processes.json");
  }

  public Path deploymentFile() {
    return root.resolve("deployment.json");
  }

  public Path lockFile() {
    return root.resolve(".lock");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path log(String component) {
    return logs().resolve(component + ".log");
  }

  public Path portFile(String component) {
    return root.resolve(component + ".port");
  }

  public Path schedulerConfig() {
    return root.resolve("scheduler.yaml");
  }

  /** The scheduler's own {@code --state-dir}: pod files and logs live in its {@code pods/}. */
  public Path schedulerState() {
    return root.resolve("scheduler");
  }

  public Path pods() {
    return schedulerState().resolve("pods");
  }

  public Path podLog(String podId) {
    return pods().resolve(podId + ".log");
  }
}
