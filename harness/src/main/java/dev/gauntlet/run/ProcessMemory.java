package dev.gauntlet.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a process or container holds and has used: a local process's resident set from
 * {@code /proc/<pid>/status}, a Docker container's memory and CPU from its cgroup (v1); empty when
 * gone or elsewhere.
 */
final class ProcessMemory {

  private static final Path CGROUP = Path.of("/sys/fs/cgroup");

  private ProcessMemory() {}

  /** The process's resident set, bytes. */
  static OptionalLong rssBytes(long pid) {
    try {
      return parseStatus(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** {@code VmRSS:   123456 kB} -> bytes. */
  static OptionalLong parseStatus(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
        return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
      }
    }
    return OptionalLong.empty();
  }

  /** A container's memory use, bytes (cgroup v1 {@code memory.usage_in_bytes}). */
  static OptionalLong containerBytes(String containerId) {
    return read(containerId, "memory", "memory.usage_in_bytes").stream().mapToLong(Long::longValue).findFirst();
  }

  /** A container's CPU time so far, seconds (cgroup v1 {@code cpuacct.usage}, in ns). */
  static OptionalDouble containerCpuSeconds(String containerId) {
    return read(containerId, "cpuacct", "cpuacct.usage").stream().mapToDouble(ns -> ns / 1e9).findFirst();
  }

  /** Docker's cgroupfs and systemd drivers name a container's cgroup differently: either is read. */
  private static List<Long> read(String containerId, String controller, String file) {
    for (Path dir : List.of(CGROUP.resolve(controller).resolve("docker").resolve(containerId),
        CGROUP.resolve(controller).resolve("system.slice").resolve("docker-" + containerId + ".scope"))) {
      try {
        return List.of(Long.parseLong(Files.readString(dir.resolve(file)).trim()));
      } catch (IOException | RuntimeException e) {
        // not this driver's layout, or gone
      }
    }
    return List.of();
  }
}
