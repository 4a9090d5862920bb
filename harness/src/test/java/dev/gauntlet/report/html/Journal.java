package dev.gauntlet.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Journal lines for data tests, written as JSON text with single quotes for readability. */
final class Journal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Journal() {}

  static List<JsonNode> of(String... lines) {
    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      events.add(node(line.replace('\'', '"')));
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
