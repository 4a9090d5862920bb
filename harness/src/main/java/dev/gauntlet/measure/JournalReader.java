package dev.gauntlet.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.measure.internal.EventDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of journals: follows a file as it grows ({@link #poll()} returns the events whole
 * lines added since the last call) or reads it once to its end ({@link #read(Path)}). A line that
 * is not an event is skipped with a warning; so is a last line without its newline at the end of a
 * read, which is what a killed run leaves. Mutable (its position in the file); not thread-safe.
 */
public final class JournalReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK_BYTES = 1 << 20;

  private final Path file;
  /** What the warnings call the journal: its path, or a name given with its text. */
  private final String name;
  private final List<String> warnings = new ArrayList<>();
  private long position;
  private long lineNumber;
  private byte[] partial = new byte[0];
  /** The {@code worker} of each event accepted so far (0: none); kept only by a whole read, not a follow. */
  private List<Integer> workers;

  private JournalReader(Path file, String name) {
    this.file = file;
    this.name = name;
  }

  /** A reader at the start of {@code file}, which may not exist yet. */
  public static JournalReader follow(Path file) {
    return new JournalReader(file, file.toString());
  }

  /** The whole journal, with warnings about the lines that were skipped. */
  public static JournalContents read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new IOException("cannot read the journal " + file + ": no such file"));
    }
    JournalReader reader = follow(file);
    reader.workers = new ArrayList<>();
    List<JournalEvent> events = new ArrayList<>();
    try {
      do {
        events.addAll(reader.poll());
      } while (reader.hasUnread());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file, e);
    }
    reader.finish(events);
    return new JournalContents(events, reader.warnings, reader.workers);
  }

  /** The events of a journal's text, as {@link #read(Path)} reads a file; {@code name} is for the warnings. */
  public static JournalContents parse(String name, String text) {
    JournalReader reader = new JournalReader(null, name);
    reader.workers = new ArrayList<>();
    List<JournalEvent> events = new ArrayList<>();
    reader.feed(text.getBytes(StandardCharsets.UTF_8), events);
    reader.finish(events);
    return new JournalContents(events, reader.warnings, reader.workers);
  }

  /** One parsed line's event; null when it is not one (no {@code type}). */
  public static JournalEvent decode(JsonNode line) {
    return EventDecoder.decode(line);
  }

  /** The events of the whole lines appended since the last call (none when the file does not exist yet). */
  public List<JournalEvent> poll() throws IOException {
    List<JournalEvent> events = new ArrayList<>();
    if (!Files.exists(file)) {
      return events;
    }
    byte[] chunk;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(Math.min(position, Files.size(file)));
      chunk = in.readNBytes(CHUNK_BYTES);
    }
    position += chunk.length;
    feed(chunk, events);
    return events;
  }

  /** Splits what came after the last whole line into lines; a line still being written waits for its newline. */
  private void feed(byte[] chunk, List<JournalEvent> out) {
    byte[] data = concat(partial, chunk);
    int start = 0;
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '\n') {
        accept(new String(data, start, i - start, StandardCharsets.UTF_8), false, out);
        start = i + 1;
      }
    }
    partial = Arrays.copyOfRange(data, start, data.length);
  }

  /** Warnings about the lines skipped so far. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private boolean hasUnread() throws IOException {
    return Files.size(file) > position;
  }

  /** At the end of a read: a last line with no newline is either whole (kept) or cut short (skipped). */
  private void finish(List<JournalEvent> out) {
    if (partial.length > 0) {
      accept(new String(partial, StandardCharsets.UTF_8), true, out);
      partial = new byte[0];
    }
  }

  private void accept(String line, boolean last, List<JournalEvent> out) {
    lineNumber++;
    if (line.isBlank()) {
      return;
    }
    JsonNode node = parse(line);
    JournalEvent event = node == null ? null : EventDecoder.decode(node);
    if (event == null) {
      warnings.add(name + " line " + lineNumber + (last ? " is cut short (a killed run?): ignored"
          : " is not a journal event: ignored"));
      return;
    }
    out.add(event);
    if (workers != null) {
      workers.add(node.path(Journal.WORKER).asInt(0));
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] data = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, data, a.length, b.length);
    return data;
  }
}
