package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a journal file whole. A last line without its newline, or one that is not JSON, is what a
 * killed run leaves: it is skipped with a warning, as is any other line that is not an event.
 */
public final class JournalReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalReader() {}

  /** The journal's events and warnings about lines that were skipped. */
  public record Contents(List<JsonNode> events, List<String> warnings) {

    public Contents {
      events = List.copyOf(events);
      warnings = List.copyOf(warnings);
    }
  }

  public static Contents read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file, e);
    }
    return parse(file.toString(), text);
  }

  static Contents parse(String name, String text) {
    List<JsonNode> events = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean last = i == lines.length - 1;
      if (line.isBlank()) {
        continue;
      }
      JsonNode event = parseLine(line);
      if (event == null || !event.hasNonNull("type")) {
        warnings.add(name + " line " + (i + 1) + (last ? " is cut short (a killed run?): ignored" : " is not a journal event: ignored"));
        continue;
      }
      events.add(event);
    }
    return new Contents(events, warnings);
  }

  static JsonNode parseLine(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
