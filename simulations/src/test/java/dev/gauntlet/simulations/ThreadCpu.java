package dev.gauntlet.simulations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU of this JVM's threads by kind (Gatling's, the JIT compilers, GC, ...), from Linux's
 * /proc/self/task: native threads included, which a Java profiler's samples miss. For benchmarks.
 */
final class ThreadCpu {

  private ThreadCpu() {}

  /** Clock ticks used so far, by thread name with digits folded ("gatling-1-2" -> "gatling-N-N"). */
  static Map<String, Long> ticksByKind() {
    Map<String, Long> out = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N");
          String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          out.merge(name, Long.parseLong(rest[11]) + Long.parseLong(rest[12]), Long::sum); // utime + stime
        } catch (IOException | RuntimeException e) {
          // a thread that ended while listed: its ticks are gone with it
        }
      });
    } catch (IOException e) {
      return out; // not Linux
    }
    return out;
  }

  /** The ticks spent between two readings, as milliseconds by kind, largest first (Linux ticks are 10 ms). */
  static String since(Map<String, Long> before) {
    Map<String, Long> now = ticksByKind();
    Map<Long, String> sorted = new TreeMap<>((a, b) -> Long.compare(b, a));
    StringBuilder line = new StringBuilder();
    now.forEach((kind, ticks) -> {
      long ms = (ticks - before.getOrDefault(kind, 0L)) * 10;
      if (ms > 0) {
        sorted.merge(ms, kind, (x, y) -> x + "," + y);
      }
    });
    sorted.forEach((ms, kinds) -> line.append(' ').append(kinds).append('=').append(ms));
    return line.toString().trim();
  }
}
