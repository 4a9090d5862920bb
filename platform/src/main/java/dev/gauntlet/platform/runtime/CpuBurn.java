package dev.gauntlet.platform.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Busy CPU work standing in for an app's computation. It counts this thread's CPU time where the
 * JVM can, so a contended pod slows down like a real one; wall time bounds it at 20x.
 */
final class CpuBurn {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile long sink;

  private CpuBurn() {}

  /** Burns {@code cpu} of work; returns early (false) when {@code stop} turns true. */
  static boolean burn(Duration cpu, BooleanSupplier stop) {
    if (cpu.isZero() || cpu.isNegative()) {
      return true;
    }
    boolean cpuClock = THREADS.isCurrentThreadCpuTimeSupported();
    long startCpu = cpuClock ? THREADS.getCurrentThreadCpuTime() : 0;
    long startWall = System.nanoTime();
    long wallCap = cpu.toNanos() * 20;
    long x = 17;
    while (true) {
      for (int i = 0; i < 20_000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
      sink = x;
      if (stop.getAsBoolean()) {
        return false;
      }
      long wall = System.nanoTime() - startWall;
      long spent = cpuClock ? THREADS.getCurrentThreadCpuTime() - startCpu : wall;
      if (spent >= cpu.toNanos() || wall >= wallCap) {
        return true;
      }
    }
  }
}
