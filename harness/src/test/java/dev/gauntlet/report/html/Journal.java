package dev.gauntlet.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Journal lines for data tests, written as JSON text with single quotes for readability. */
final class Journal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Journal() {}

  static List<JournalEvent> of(String... lines) {
    List<JournalEvent> events = new ArrayList<>();
    for (String line : lines) {
      events.add(JournalReader.decode(node(line.replace('\'', '"'))));
    }
    return events;
  }

  static JsonNode node(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
