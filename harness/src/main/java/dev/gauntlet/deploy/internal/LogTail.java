package dev.gauntlet.deploy.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for error messages that show why a process died. */
public final class LogTail {

  private static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  public static List<String> lines(Path log, int count) {
    if (!Files.isRegularFile(log)) {
      return List.of();
    }
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(0, f.length() - MAX_BYTES);
      byte[] bytes = new byte[(int) (f.length() - start)];
      f.seek(start);
      f.readFully(bytes);
      List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
      return all.subList(Math.max(0, all.size() - count), all.size());
    } catch (IOException e) {
      return List.of();
    }
  }

  /** "; last lines of FILE:\n  a\n  b" or "; FILE is empty". */
  public static String describe(Path log, int count) {
    List<String> lines = lines(log, count);
    if (lines.isEmpty()) {
      return "; its log " + log + " is empty";
    }
    return "; last lines of " + log + ":\n    " + String.join("\n    ", lines);
  }
}
