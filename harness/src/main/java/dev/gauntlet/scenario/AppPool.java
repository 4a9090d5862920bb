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
 */
public record AppPool(
    String app, Path spec, int warm, int maxSessionsPerPod, Duration idleRetire, Duration startTimeout) {}
