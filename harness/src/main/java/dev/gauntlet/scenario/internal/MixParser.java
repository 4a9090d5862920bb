package dev.gauntlet.scenario.internal;

import dev.gauntlet.scenario.Load.AppMix;
import dev.gauntlet.scenario.Load.Widget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code load.apps}: the app mix and the widgets each interaction drives, by widget key. */
final class MixParser {

  static final List<String> APP_FIELDS = List.of("app", "weight", "widgets");
  static final List<String> WIDGET_FIELDS = List.of("key", "kind", "values");
  static final List<String> KINDS = List.of("slider", "button", "checkbox", "number_input", "text_input", "selectbox");

  private MixParser() {}

  static List<AppMix> parse(Fields load, Target target) {
    List<YamlNode> items = load.list("apps");
    if (items.isEmpty()) {
      throw new ScenarioException(load.file(), load.line("apps"), "load.apps lists no app",
          "add apps: [{app: dash, weight: 1, widgets: [{key: n, kind: slider, values: [10, 42]}]}]");
    }
    List<AppMix> mix = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Fields item = Fields.of(load.file(), items.get(i), "load.apps[" + i + "]", APP_FIELDS);
      String app = item.string("app", null);
      if (app == null) {
        throw new ScenarioException(load.file(), item.line(), item.where() + " names no app",
            "add app: NAME (one of target.apps; for an external target the URL path, \"\" for the root)");
      }
      if (target instanceof LocalTarget local && !local.appNames().contains(app)) {
        throw new ScenarioException(load.file(), item.line("app"), item.child("app") + " '" + app
            + "' is not deployed by the target" + Suggest.hint(app, local.appNames()),
            "use one of target.apps: " + String.join(", ", local.appNames()));
      }
      if (!seen.add(app)) {
        throw new ScenarioException(load.file(), item.line("app"), "app '" + app + "' is listed twice in load.apps",
            "keep one entry per app (weights are relative)");
      }
      mix.add(new AppMix(app, item.number("weight", 1, 0), widgets(item)));
    }
    return mix;
  }

  private static List<Widget> widgets(Fields app) {
    List<Widget> widgets = new ArrayList<>();
    List<YamlNode> items = app.list("widgets");
    for (int i = 0; i < items.size(); i++) {
      Fields w = Fields.of(app.file(), items.get(i), app.child("widgets") + "[" + i + "]", WIDGET_FIELDS);
      String key = w.string("key", null);
      if (key == null || key.isBlank()) {
        throw new ScenarioException(app.file(), w.line(), w.where() + " has no key",
            "add key: the widget's user key (the end of its id, see docs/protocol.md)");
      }
      String kind = w.string("kind", null);
      if (kind == null || !KINDS.contains(kind)) {
        throw new ScenarioException(app.file(), kind == null ? w.line() : w.line("kind"), w.child("kind")
            + (kind == null ? " is missing" : " '" + kind + "' is not a known widget kind" + Suggest.hint(kind, KINDS)),
            "write kind: one of " + String.join(", ", KINDS));
      }
      widgets.add(new Widget(key, kind, values(w, kind)));
    }
    return widgets;
  }

  private static List<Object> values(Fields w, String kind) {
    List<YamlNode> nodes = w.list("values");
    if ("button".equals(kind) && !nodes.isEmpty()) {
      throw new ScenarioException(w.file(), w.line("values"), w.child("values") + " given for a button",
          "drop values: (a button is clicked, it holds no value)");
    }
    if (!"button".equals(kind) && nodes.isEmpty()) {
      throw new ScenarioException(w.file(), w.line(), w.where() + " (" + kind + ") has no values",
          "add values: [...] (each interaction takes the next one, in turn)");
    }
    List<Object> values = new ArrayList<>();
    for (YamlNode n : nodes) {
      if (!n.isScalar() || n.scalar() == null) {
        throw new ScenarioException(w.file(), n.line(), w.child("values") + " items should be single values but one is "
            + n.kind(), "write e.g. values: [10, 42, 77]");
      }
      values.add(typed(w, kind, n));
    }
    return values;
  }

  private static Object typed(Fields w, String kind, YamlNode n) {
    String text = n.scalar().trim();
    return switch (kind) {
      case "slider", "number_input" -> {
        try {
          double d = Double.parseDouble(text);
          yield d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        } catch (NumberFormatException e) {
          throw new ScenarioException(w.file(), n.line(), w.child("values") + " item '" + text + "' is not a number (a "
              + kind + " takes numbers)", "write e.g. values: [10, 42, 77]");
        }
      }
      case "checkbox" -> {
        if (!text.equals("true") && !text.equals("false")) {
          throw new ScenarioException(w.file(), n.line(), w.child("values") + " item '" + text
              + "' is not true or false (a checkbox)", "write values: [true, false]");
        }
        yield Boolean.parseBoolean(text);
      }
      default -> n.scalar();
    };
  }
}
