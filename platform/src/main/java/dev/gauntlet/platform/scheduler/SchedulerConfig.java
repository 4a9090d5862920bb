package dev.gauntlet.platform.scheduler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The scheduler's config file, parsed ({@link SchedulerConfigParser}) and validated.
 *
 * @param file the config file it came from (errors name it)
 * @param runtime how pods are started
 * @param pools one pool per app
 * @param kubernetes where runtime pods go with {@code driver: kubernetes}; empty: local processes
 */
public record SchedulerConfig(Path file, Runtime runtime, List<PoolConfig> pools, Optional<KubernetesPods> kubernetes) {

  /** Pods as local processes. */
  public SchedulerConfig(Path file, Runtime runtime, List<PoolConfig> pools) {
    this(file, runtime, pools, Optional.empty());
  }

  /**
   * How a pod process is started: which java, with which options, owned by whom, and by which
   * driver ({@code local} processes, or {@code docker} containers of {@code docker}'s image);
   * {@code archiveWait} bounds how long a pod waits for the class-data archive being made.
   */
  public record Runtime(Optional<String> java, List<String> jvmOptions, Optional<Long> ownerPid,
      boolean classDataSharing, String driver, Optional<Docker> docker, Duration archiveWait) {

    public Runtime(Optional<String> java, List<String> jvmOptions, Optional<Long> ownerPid, boolean classDataSharing) {
      this(java, jvmOptions, ownerPid, classDataSharing, "local", Optional.empty(), ClassDataArchive.DEFAULT_POD_WAIT);
    }
  }

  /** The docker driver's image and the labels of every pod container (the run's, at least). */
  public record Docker(String image, java.util.Map<String, String> labels) {}

  /** One app's pool: its spec, warm count, session cap and timings. */
  public record PoolConfig(
      String app,
      Path spec,
      int warm,
      int maxSessionsPerPod,
      Duration idleRetire,
      Duration startTimeout,
      Optional<Double> cpus,
      Optional<Long> memoryBytes) {

    public PoolConfig(String app, Path spec, int warm, int maxSessionsPerPod, Duration idleRetire, Duration startTimeout) {
      this(app, spec, warm, maxSessionsPerPod, idleRetire, startTimeout, Optional.empty(), Optional.empty());
    }
  }

  public Optional<PoolConfig> pool(String app) {
    return pools.stream().filter(p -> p.app().equals(app)).findFirst();
  }
}
