package dev.gauntlet.platform.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each field of a YAML document sits, so checks made after binding can name a line. */
final class SpecLines {

  private final Map<String, Integer> lineByPointer = new HashMap<>();

  private SpecLines() {}

  /** Indexes {@code yaml}; a document that does not parse yields an empty index. */
  static SpecLines of(String yaml) {
    SpecLines lines = new SpecLines();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      for (int i = 0; i < 100_000 && p.nextToken() != null; i++) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
          String pointer = p.getParsingContext().pathAsPointer().toString();
          if (t.isStructStart() && p.getParsingContext().getParent() != null) {
            pointer = p.getParsingContext().getParent().pathAsPointer().toString();
          }
          lines.lineByPointer.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // the binder reports syntax errors with their own location
    }
    return lines;
  }

  /** The line of {@code pointer} (e.g. {@code /widgets/1/kind}), else of its nearest parent, else 1. */
  int lineOf(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Integer line = lineByPointer.get(p);
      if (line != null) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return 1;
  }
}
