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

  /** How a pod process is started: which java, with which options, owned by whom. */
  public record Runtime(Optional<String> java, List<String> jvmOptions, Optional<Long> ownerPid,
      boolean classDataSharing) {}

  /** One app's pool: its spec, warm count, session cap and timings. */
  public record PoolConfig(
      String app,
      Path spec,
      int warm,
      int maxSessionsPerPod,
      Duration idleRetire,
      Duration startTimeout) {}

  public Optional<PoolConfig> pool(String app) {
    return pools.stream().filter(p -> p.app().equals(app)).findFirst();
  }
}
