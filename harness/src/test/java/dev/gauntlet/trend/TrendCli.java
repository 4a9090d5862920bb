package dev.gauntlet.trend;

import dev.gauntlet.cli.Gauntlet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code gauntlet trend} through the real picocli command line, its output kept. */
final class TrendCli {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(Object... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    List<String> line = new ArrayList<>(List.of("trend"));
    for (Object arg : args) {
      if (arg instanceof List<?> list) {
        list.forEach(a -> line.add(a.toString()));
      } else {
        line.add(arg.toString());
      }
    }
    return Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), line.toArray(String[]::new));
  }

  String out() {
    return out.toString();
  }

  List<String> lines() {
    return out.toString().lines().toList();
  }

  String last() {
    List<String> lines = lines();
    return lines.get(lines.size() - 1);
  }

  static List<Path> first(List<Path> nights, int count) {
    return nights.subList(0, count);
  }
}
