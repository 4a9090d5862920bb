package dev.gauntlet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The supervisor log's last lines, shown when a detached start fails. */
final class Tail {

  private Tail() {}

  static String of(Path log) {
    try {
      List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
      List<String> last = lines.subList(Math.max(0, lines.size() - 12), lines.size());
      return last.isEmpty() ? "; " + log + " is empty" : ":\n  " + String.join("\n  ", last) + "\n(full log: " + log + ")";
    } catch (IOException e) {
      return "; see " + log;
    }
  }
}
