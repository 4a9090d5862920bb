package dev.gauntlet.scenario.internal;

import dev.gauntlet.protocol.widgets.WidgetKind;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A widget an app spec declares, as far as driving it needs: its key, kind, and for a
 * number_input whether it takes ints, for a selectbox its options.
 */
record SpecWidget(String key, WidgetKind kind, boolean integer, List<String> options) {

  static final List<String> FIELDS = List.of("key", "kind", "label", "type", "options");

  SpecWidget {
    options = List.copyOf(options);
  }

  /** How the kind reads in messages: {@code an int number_input}, {@code a slider}. */
  String described() {
    if (kind == WidgetKind.NUMBER_INPUT) {
      return integer ? "an int number_input" : "a float number_input";
    }
    return "a " + kind.spelling();
  }

  /** The widgets of an app spec by key, in file order; a widget the runtime would refuse is an error here too. */
  static Map<String, SpecWidget> of(Path spec) {
    Fields top = Fields.of(spec, YamlReader.read(spec), "", null);
    Map<String, SpecWidget> out = new LinkedHashMap<>();
    List<YamlNode> items = top.list("widgets");
    for (int i = 0; i < items.size(); i++) {
      Fields w = Fields.of(spec, items.get(i), "widgets[" + i + "]", FIELDS);
      String key = w.string("key", null);
      if (key == null) {
        throw new ScenarioException(spec, w.line(), w.where() + " has no key", "add key: n (the key scenarios drive it by)");
      }
      String kindText = w.string("kind", "");
      WidgetKind kind = WidgetKind.parse(kindText).orElseThrow(() -> new ScenarioException(spec, w.line("kind"),
          w.child("kind") + " '" + kindText + "' is not a widget kind" + Suggest.hint(kindText, WidgetKind.spellings()),
          "write kind: one of " + String.join(", ", WidgetKind.spellings())));
      List<String> options = w.list("options").stream().map(n -> n.scalar() == null ? "" : n.scalar()).toList();
      if (kind == WidgetKind.SELECTBOX && options.isEmpty()) {
        throw new ScenarioException(spec, w.line(), w.where() + " is a selectbox without options",
            "write e.g. options: [red, green, blue]");
      }
      out.put(key, new SpecWidget(key, kind, "int".equals(w.string("type", "float")), options));
    }
    return out;
  }
}
