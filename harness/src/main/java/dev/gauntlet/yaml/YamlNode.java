package dev.gauntlet.yaml;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on: a mapping, a sequence or a scalar (text, or null).
 *
 * @param mapping the fields in file order, or null if this is not a mapping
 * @param keyLines the line of each field's key, for errors about the field itself
 * @param sequence the items, or null if this is not a sequence
 * @param scalar the text of a scalar, null for a mapping, a sequence or an explicit null
 * @param line 1-based line where the value starts
 */
public record YamlNode(
    Map<String, YamlNode> mapping,
    Map<String, Integer> keyLines,
    List<YamlNode> sequence,
    String scalar,
    int line) {

  public boolean isMapping() {
    return mapping != null;
  }

  public boolean isSequence() {
    return sequence != null;
  }

  public boolean isScalar() {
    return mapping == null && sequence == null;
  }

  /** A word for error messages: what kind of value the user wrote. */
  public String kind() {
    if (isMapping()) {
      return "a mapping";
    }
    if (isSequence()) {
      return "a list";
    }
    return scalar == null ? "nothing" : "'" + scalar + "'";
  }

  public int keyLine(String key) {
    return keyLines.getOrDefault(key, line);
  }
}
