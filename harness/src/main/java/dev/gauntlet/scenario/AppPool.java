package dev.gauntlet.scenario;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One app and its warm pool.
 *
 * @param app the app's name, read from its spec
 * @param spec absolute path of the app spec file
 * @param warm idle ready pods kept
 * @param idleRetire how long an idle pod beyond the warm count lives
 * @param startTimeout how long a pod may take to become ready
 * @param resources the CPU and memory each pod may use (docker and kubernetes kinds)
 */
public record AppPool(String app, Path spec, int warm, int maxSessionsPerPod, Duration idleRetire,
    Duration startTimeout, Resources resources) {

  public AppPool {
    resources = resources == null ? Resources.NONE : resources;
  }

  /** A pool with no resource limits. */
  public AppPool(String app, Path spec, int warm, int maxSessionsPerPod, Duration idleRetire, Duration startTimeout) {
    this(app, spec, warm, maxSessionsPerPod, idleRetire, startTimeout, Resources.NONE);
  }
}
