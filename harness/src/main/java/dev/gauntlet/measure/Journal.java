package dev.gauntlet.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's journal: one JSON object a line, appended and flushed as it is written, so a run that
 * is killed keeps everything it measured (a {@link JournalEvent} a line, docs/run.md). Thread-safe.
 */
public final class Journal implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The field naming the load worker that measured a line, in a run split over workers. */
  public static final String WORKER = "worker";

  private final Path file;
  // unbuffered: each line is one write straight to the file (what the per-line flush did, minus the char layers)
  private final OutputStream out;

  private Journal(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file} for appending, creating it (and its folder) if needed. */
  public static Journal append(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return new Journal(file, Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the journal " + file, e);
    }
  }

  /** Appends {@code event} as one line: {@code t}, {@code type}, then its fields in order. */
  public void write(JournalEvent event) {
    write(event, 0);
  }

  /**
   * Appends {@code event} as measured by load worker {@code worker} (1-based; 0: this process), which
   * the line says in a {@code worker} field after its type (docs/workers.md).
   */
  public void write(JournalEvent event, int worker) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("t", event.t());
    line.put("type", event.type());
    if (worker > 0) {
      line.put(WORKER, worker);
    }
    line.putAll(event.fields());
    byte[] text;
    try {
      byte[] json = JSON.writeValueAsBytes(line); // UTF-8, as the file is
      text = Arrays.copyOf(json, json.length + 1);
      text[json.length] = '\n';
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a journal line of type " + event.type(), e);
    }
    synchronized (this) {
      try {
        out.write(text);
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
