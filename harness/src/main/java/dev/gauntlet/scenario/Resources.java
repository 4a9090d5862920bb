package dev.gauntlet.scenario;

/**
 * The CPU and memory a pool's pods may use, where the deployment kind can limit them (docker,
 * kubernetes); a local process is not limited.
 *
 * @param cpus cores, e.g. 0.5; null for no limit
 * @param memoryBytes e.g. 256 MiB; null for no limit
 */
public record Resources(Double cpus, Long memoryBytes) {

  public static final Resources NONE = new Resources(null, null);

  public boolean isNone() {
    return cpus == null && memoryBytes == null;
  }
}
