package dev.gauntlet.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the detached supervisor wrote since it started: its error line first, then its last lines. */
final class Tail {

  private static final String ERROR_PREFIX = "gauntlet: ";

  private Tail() {}

  static String of(Path log, long fromOffset) {
    List<String> lines;
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(fromOffset, f.length() - 64 * 1024);
      byte[] bytes = new byte[(int) (f.length() - start)];
      f.seek(start);
      f.readFully(bytes);
      lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      return "; see " + log;
    }
    // progress lines carry a timestamp; the CLI's error line starts with "gauntlet: "
    Optional<String> error = lines.stream().filter(l -> l.startsWith(ERROR_PREFIX)).reduce((a, b) -> b);
    List<String> last = lines.subList(Math.max(0, lines.size() - 8), lines.size());
    return error.map(e -> ": " + e.substring(ERROR_PREFIX.length())).orElse("")
        + (last.isEmpty() ? "; " + log + " is empty" : "\n  " + String.join("\n  ", last) + "\n(full log: " + log + ")");
  }
}
