package dev.gauntlet.scenario.internal;

import dev.gauntlet.protocol.widgets.WidgetKind;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * For a local target, what the virtual users will find when they drive a widget is known before
 * the run: the app spec must declare each driven key with the same kind, and the values must fit
 * it (whole numbers for an int number_input, a selectbox's options or their indices).
 */
final class WidgetsInSpec {

  private final Path spec;
  private final Map<String, SpecWidget> declared;

  private WidgetsInSpec(Path spec, Map<String, SpecWidget> declared) {
    this.spec = spec;
    this.declared = declared;
  }

  static WidgetsInSpec of(Path spec) {
    return new WidgetsInSpec(spec, SpecWidget.of(spec));
  }

  /** Checks one driven widget ({@code w}: its scenario mapping) and the values it lists. */
  void check(Fields w, String key, WidgetKind kind, List<YamlNode> valueNodes, List<Object> values) {
    String specName = ScenarioException.display(spec);
    SpecWidget found = declared.get(key);
    if (found == null) {
      throw new ScenarioException(w.file(), w.line("key"), w.where() + ": key '" + key + "' is not a widget of "
          + specName + Suggest.hint(key, declared.keySet()), declared.isEmpty()
          ? "declare it in the spec's widgets: [{key: " + key + ", kind: " + kind.spelling() + "}]"
          : "drive one of its widgets (" + String.join(", ", declared.values().stream()
              .map(d -> d.key() + ": " + d.kind().spelling()).toList()) + "), or declare " + key + " in the spec");
    }
    if (found.kind() != kind) {
      throw new ScenarioException(w.file(), w.line("kind"), w.where() + ": key '" + key + "' is a " + kind.spelling()
          + " here but " + found.described() + " in " + specName, "drive it as kind: " + found.kind().spelling()
          + ", or declare it as " + kind.spelling() + " in the spec");
    }
    for (int i = 0; i < values.size(); i++) {
      checkValue(w, found, valueNodes.get(i), values.get(i), specName);
    }
  }

  private static void checkValue(Fields w, SpecWidget found, YamlNode node, Object value, String specName) {
    String item = w.child("values") + " item " + node.scalar().trim();
    if (found.kind() == WidgetKind.NUMBER_INPUT && found.integer() && !(value instanceof Long)) {
      throw new ScenarioException(w.file(), node.line(), item + " is not a whole number, but '" + found.key()
          + "' is an int number_input in " + specName, "write whole numbers, or declare it type: float in the spec");
    }
    if (found.kind() != WidgetKind.SELECTBOX) {
      return;
    }
    List<String> options = found.options();
    boolean fits = value instanceof Long index ? index < options.size() : options.contains(value);
    if (!fits) {
      throw new ScenarioException(w.file(), node.line(), item + " is not an option of '" + found.key() + "' in "
          + specName + (value instanceof String name ? Suggest.hint(name, options) : ""),
          "write one of its options (" + String.join(", ", options) + ") or an index 0.." + (options.size() - 1));
    }
  }
}
