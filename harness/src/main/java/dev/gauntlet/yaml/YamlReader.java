package dev.gauntlet.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gauntlet.yaml.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a YAML document into {@link YamlNode}s that remember their lines (Jackson's JsonLocation). */
public final class YamlReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlReader() {}

  public static YamlNode read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, 0, "file not found", "check the path");
    } catch (IOException e) {
      throw new ScenarioException(file, 0, "cannot read file: " + e.getMessage(), "check its permissions");
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ScenarioException(file, 1, "the file is empty", "write a YAML mapping");
      }
      return node(file, p);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new ScenarioException(file, line, "not valid YAML: " + reason, "fix the YAML syntax");
    } catch (IOException e) {
      throw new ScenarioException(file, 0, "cannot read file: " + e.getMessage(), "check the file");
    }
  }

  private static YamlNode node(Path file, JsonParser p) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> fields = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        if (fields.containsKey(key)) {
          throw new ScenarioException(file, keyLine, "field '" + key + "' appears twice", "keep one");
        }
        p.nextToken();
        fields.put(key, node(file, p));
        keyLines.put(key, keyLine);
      }
      return new YamlNode(fields, keyLines, null, null, line);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(file, p));
      }
      return new YamlNode(null, Map.of(), items, null, line);
    }
    String scalar = t == JsonToken.VALUE_NULL ? null : p.getText();
    return new YamlNode(null, Map.of(), null, scalar, line);
  }
}
