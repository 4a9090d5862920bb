package dev.gauntlet.yaml;

import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Typed access to one mapping of a file; every error names the file, line and dotted field. */
public final class Fields {

  private final Path file;
  private final YamlNode node;
  private final String where;

  private Fields(Path file, YamlNode node, String where) {
    this.file = file;
    this.node = node;
    this.where = where;
  }

  /** The mapping at {@code where}; fields not in {@code known} are errors with a suggestion. */
  public static Fields of(Path file, YamlNode node, String where, List<String> known) {
    if (!node.isMapping()) {
      throw new ScenarioException(file, node.line(),
          label(where) + " should be a mapping but is " + node.kind(), "write field: value lines under it");
    }
    Fields fields = new Fields(file, node, where);
    if (known != null) {
      for (String key : node.mapping().keySet()) {
        if (!known.contains(key)) {
          throw new ScenarioException(file, node.keyLine(key),
              "unknown field '" + key + "' in " + label(where) + Suggest.hint(key, known),
              "known fields: " + String.join(", ", known));
        }
      }
    }
    return fields;
  }

  public Set<String> keys() {
    return node.mapping().keySet();
  }

  public Optional<YamlNode> get(String key) {
    return Optional.ofNullable(node.mapping().get(key)).filter(n -> !(n.isScalar() && n.scalar() == null));
  }

  public String string(String key, String fallback) {
    return get(key).map(n -> scalar(key, n)).orElse(fallback);
  }

  public int integer(String key, int fallback, int min) {
    Optional<YamlNode> n = get(key);
    if (n.isEmpty()) {
      return fallback;
    }
    String text = scalar(key, n.get());
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw error(key, n.get(), "is " + n.get().kind() + ", not a whole number", "write e.g. " + key + ": " + fallback);
    }
    if (value < min) {
      throw error(key, n.get(), "is " + value + ", below the minimum " + min, "write " + key + ": " + Math.max(min, fallback));
    }
    return value;
  }

  /** A number above {@code above} (exclusive), e.g. a rate or a weight. */
  public double number(String key, double fallback, double above) {
    Optional<YamlNode> n = get(key);
    if (n.isEmpty()) {
      return fallback;
    }
    String text = scalar(key, n.get());
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw error(key, n.get(), "is " + n.get().kind() + ", not a number", "write e.g. " + key + ": " + plain(fallback));
    }
    if (!(value > above) || Double.isInfinite(value)) {
      throw error(key, n.get(), "is " + text.trim() + ", should be above " + plain(above), "write e.g. " + key + ": " + plain(fallback));
    }
    return value;
  }

  public Duration duration(String key, Duration fallback) {
    Optional<YamlNode> n = get(key);
    if (n.isEmpty()) {
      return fallback;
    }
    try {
      return DurationText.parse(scalar(key, n.get()));
    } catch (IllegalArgumentException e) {
      throw error(key, n.get(), "is " + n.get().kind() + ", not a duration", "write e.g. 250ms, 2s, 1m");
    }
  }

  public List<YamlNode> list(String key) {
    Optional<YamlNode> n = get(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!n.get().isSequence()) {
      throw error(key, n.get(), "should be a list but is " + n.get().kind(), "write one '- item' line per entry");
    }
    return n.get().sequence();
  }

  public Fields mapping(String key, List<String> known) {
    YamlNode n = node.mapping().get(key);
    if (n == null || (n.isScalar() && n.scalar() == null)) {
      return new Fields(file, new YamlNode(java.util.Map.of(), java.util.Map.of(), null, null, node.keyLine(key)), child(key));
    }
    return of(file, n, child(key), known);
  }

  /** The dotted name of this mapping, e.g. {@code target.apps[0]}. */
  public String where() {
    return where;
  }

  public String child(String key) {
    return where.isEmpty() ? key : where + "." + key;
  }

  public int line(String key) {
    return node.keyLine(key);
  }

  public int line() {
    return node.line();
  }

  public Path file() {
    return file;
  }

  public ScenarioException error(String key, YamlNode value, String what, String fix) {
    return new ScenarioException(file, value.line(), child(key) + " " + what, fix);
  }

  private String scalar(String key, YamlNode n) {
    if (!n.isScalar()) {
      throw error(key, n, "should be a single value but is " + n.kind(), "write " + key + ": value");
    }
    return n.scalar();
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String label(String where) {
    return where.isEmpty() ? "the file's top level" : "'" + where + "'";
  }
}
