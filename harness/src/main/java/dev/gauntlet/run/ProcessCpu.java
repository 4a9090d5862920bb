package dev.gauntlet.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** A process's CPU time so far (user + system) from Linux's {@code /proc/<pid>/stat}; empty elsewhere or once it is gone. */
final class ProcessCpu {

  /** Clock ticks a second: USER_HZ, 100 on every Linux the harness runs on. */
  static final double TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  static OptionalDouble seconds(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /** utime and stime are the 14th and 15th fields; the 2nd (the name, in parentheses) may hold spaces. */
  static OptionalDouble parse(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      return OptionalDouble.empty();
    }
    String[] rest = stat.substring(close + 2).trim().split("\\s+");
    if (rest.length < 13) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((Long.parseLong(rest[11]) + Long.parseLong(rest[12])) / TICKS_PER_SECOND);
  }
}
