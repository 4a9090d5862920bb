package dev.gauntlet.workers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Results sent by workers that share no disk with the coordinator (a Job's pods): each file of
 * {@code workers/<i>/}, whole, or a journal in pieces appended at the offset the worker says, so a
 * piece sent twice is refused (409 with the size held) instead of written twice. Thread-safe.
 */
final class Uploads {

  /** A relative path of plain names: no {@code ..}, no leading slash. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private final Path root;
  private final int count;

  Uploads(Path root, int count) {
    this.root = root;
    this.count = count;
  }

  record Result(int status, String message) {}

  synchronized Result write(int worker, String relative, Optional<Long> offset, InputStream body) throws IOException {
    if (worker < 1 || worker > count || !SAFE.matcher(relative).matches() || relative.contains("..")) {
      return new Result(400, "refused: " + relative + " is not a file of worker " + worker);
    }
    Path file = root.resolve(Integer.toString(worker)).resolve(relative);
    Files.createDirectories(file.getParent());
    if (offset.isEmpty()) {
      try (OutputStream out = Files.newOutputStream(file)) {
        body.transferTo(out);
      }
      return new Result(204, "");
    }
    long size = Files.exists(file) ? Files.size(file) : 0;
    if (offset.get() != size) {
      return new Result(409, Long.toString(size));
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      body.transferTo(out);
    }
    return new Result(204, "");
  }
}
