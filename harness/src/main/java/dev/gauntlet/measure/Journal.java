package dev.gauntlet.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's journal: one JSON object a line, appended and flushed as it is written, so a run that
 * is killed keeps everything it measured (see docs/run.md for the event types). Thread-safe.
 */
public final class Journal implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final BufferedWriter out;

  private Journal(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file} for appending, creating it (and its folder) if needed. */
  public static Journal append(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return new Journal(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the journal " + file, e);
    }
  }

  /** Appends an event stamped now; {@code fields} follow {@code t} and {@code type} in order. */
  public void write(String type, Map<String, ?> fields) {
    write(System.currentTimeMillis(), type, fields);
  }

  public void write(long epochMillis, String type, Map<String, ?> fields) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("t", epochMillis);
    line.put("type", type);
    line.putAll(fields);
    String text;
    try {
      text = JSON.writeValueAsString(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a journal line of type " + type, e);
    }
    synchronized (this) {
      try {
        out.write(text);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the journal " + file, e);
      }
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the journal " + file, e);
    }
  }
}
