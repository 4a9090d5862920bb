package dev.gauntlet.deploy.internal;

/**
 * A process this harness started, as recorded for reaping.
 *
 * @param startedAt the process's start instant, epoch ms: a reused pid never matches it
 * @param marker what its command line must contain to be ours (alternatives separated by |)
 */
public record RegistryEntry(String component, long pid, long startedAt, String marker) {

  /** Every platform process's command line names the jar or the main class. */
  public static final String PLATFORM_JAR_MARKER = "gauntlet-platform";

  public static final String PLATFORM_MAIN_MARKER = "dev.gauntlet.platform.Main";

  public static final String HARNESS_MARKER = "dev.gauntlet.cli.Gauntlet";

  public static RegistryEntry of(String component, ProcessHandle process, String marker) {
    return new RegistryEntry(component, process.pid(), startInstantMillis(process), marker);
  }

  public static long startInstantMillis(ProcessHandle process) {
    return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
  }
}
