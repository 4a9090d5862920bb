package dev.gauntlet.deploy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Kills processes a crashed run left behind, by pid, only when the pid is still the same process
 * (same start instant) and its command line carries our marker. Never by name.
 */
public final class Reaper {

  /** Start instants are derived from clock ticks and boot time; allow for rounding between JVMs. */
  static final long START_TOLERANCE_MILLIS = 1_000;

  private Reaper() {}

  /** The decision for a live process other than this one. */
  public static boolean isOurs(RegistryEntry entry, Optional<ProcessHandle> process) {
    if (process.isEmpty() || !process.get().isAlive() || entry.pid() == ProcessHandle.current().pid()) {
      return false;
    }
    ProcessHandle.Info info = process.get().info();
    long started = info.startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
    return matches(entry, started, commandLine(process.get()));
  }

  /**
   * The whole command line: the JDK's {@code Info.commandLine()} stops at 4096 bytes on Linux, and
   * a harness with Gatling on its class path names its main class after that.
   */
  static String commandLine(ProcessHandle process) {
    try {
      byte[] raw = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc", Long.toString(process.pid()), "cmdline"));
      return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (java.io.IOException | RuntimeException e) {
      return process.info().commandLine().orElse("");
    }
  }

  /** The decision alone, so tests can check it without a process: same start instant and a marker. */
  static boolean matches(RegistryEntry entry, long startedAtMillis, String commandLine) {
    if (startedAtMillis < 0 || Math.abs(startedAtMillis - entry.startedAt()) > START_TOLERANCE_MILLIS) {
      return false;
    }
    for (String marker : entry.marker().split("\\|")) {
      if (!marker.isBlank() && commandLine.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** SIGTERMs every process of ours among {@code entries}, SIGKILLs those alive after 2 s; says what. */
  public static List<String> reap(List<RegistryEntry> entries) {
    List<ProcessHandle> doomed = new ArrayList<>();
    List<String> reaped = new ArrayList<>();
    for (RegistryEntry entry : entries) {
      Optional<ProcessHandle> process = ProcessHandle.of(entry.pid());
      if (isOurs(entry, process)) {
        process.get().destroy();
        doomed.add(process.get());
        reaped.add(entry.component() + " (pid " + entry.pid() + ")");
      }
    }
    terminate(doomed, 2_000);
    return reaped;
  }

  /** Waits up to {@code graceMillis} in all for the processes to end, then SIGKILLs the rest. */
  public static void terminate(List<ProcessHandle> processes, long graceMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    for (ProcessHandle p : processes) {
      long left = Math.max(1, deadline - System.nanoTime());
      try {
        p.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception stillAlive) {
        p.destroyForcibly();
      }
    }
    for (ProcessHandle p : processes) {
      try {
        p.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // a process that survives SIGKILL for 5 s is in the kernel's hands; nothing more to do
      }
    }
  }
}
