package dev.gauntlet.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Follows a growing journal file: each call returns the complete lines appended since the last. */
final class JournalTail {

  private static final int MAX_READ_BYTES = 4 * 1024 * 1024;

  private final Path file;
  private long position;
  private byte[] partial = new byte[0];

  JournalTail(Path file) {
    this.file = file;
  }

  List<String> newLines() throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long available = f.length() - position;
      if (available <= 0) {
        return lines;
      }
      byte[] chunk = new byte[(int) Math.min(available, MAX_READ_BYTES)];
      f.seek(position);
      f.readFully(chunk);
      position += chunk.length;
      byte[] data = new byte[partial.length + chunk.length];
      System.arraycopy(partial, 0, data, 0, partial.length);
      System.arraycopy(chunk, 0, data, partial.length, chunk.length);
      int start = 0;
      for (int i = 0; i < data.length; i++) {
        if (data[i] == '\n') {
          lines.add(new String(data, start, i - start, StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      // a line still being written waits for its newline
      partial = java.util.Arrays.copyOfRange(data, start, data.length);
    }
    return lines;
  }
}
