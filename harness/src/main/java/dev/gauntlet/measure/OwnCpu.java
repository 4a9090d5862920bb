package dev.gauntlet.measure;

import java.lang.management.ManagementFactory;

/** This JVM's CPU time so far, user + system, in seconds: what the harness itself costs. */
public final class OwnCpu {

  private OwnCpu() {}

  /** Null where the JVM cannot tell. */
  public static Double seconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? null : nanos / 1e9;
    }
    return null;
  }
}
