package dev.gauntlet.scenario.internal;

import dev.gauntlet.protocol.widgets.WidgetKind;
import dev.gauntlet.scenario.AppPool;
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

/**
 * Reads {@code load.apps}: the app mix and the widgets each interaction drives, by widget key;
 * for a local target each driven widget is checked against its app spec ({@link WidgetsInSpec}).
 */
final class MixParser {

  static final List<String> APP_FIELDS = List.of("app", "weight", "widgets");
  static final List<String> WIDGET_FIELDS = List.of("key", "kind", "values");

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
      WidgetsInSpec spec = null;
      if (target instanceof LocalTarget local) {
        AppPool pool = local.apps().stream().filter(a -> a.app().equals(app)).findFirst().orElseThrow(() ->
            new ScenarioException(load.file(), item.line("app"), item.child("app") + " '" + app
                + "' is not deployed by the target" + Suggest.hint(app, local.appNames()),
                "use one of target.apps: " + String.join(", ", local.appNames())));
        spec = WidgetsInSpec.of(pool.spec());
      }
      if (!seen.add(app)) {
        throw new ScenarioException(load.file(), item.line("app"), "app '" + app + "' is listed twice in load.apps",
            "keep one entry per app (weights are relative)");
      }
      mix.add(new AppMix(app, item.number("weight", 1, 0), widgets(item, spec)));
    }
    return mix;
  }

  private static List<Widget> widgets(Fields app, WidgetsInSpec spec) {
    List<Widget> widgets = new ArrayList<>();
    List<YamlNode> items = app.list("widgets");
    for (int i = 0; i < items.size(); i++) {
      Fields w = Fields.of(app.file(), items.get(i), app.child("widgets") + "[" + i + "]", WIDGET_FIELDS);
      String key = w.string("key", null);
      if (key == null || key.isBlank()) {
        throw new ScenarioException(app.file(), w.line(), w.where() + " has no key",
            "add key: the widget's user key (the key= the app gave it: the end of its widget id)");
      }
      String kindText = w.string("kind", null);
      WidgetKind kind = WidgetKind.parse(kindText).orElseThrow(() -> new ScenarioException(app.file(),
          kindText == null ? w.line() : w.line("kind"), w.child("kind") + (kindText == null ? " is missing"
              : " '" + kindText + "' is not a known widget kind" + Suggest.hint(kindText, WidgetKind.spellings())),
          "write kind: one of " + String.join(", ", WidgetKind.spellings())));
      List<YamlNode> nodes = w.list("values");
      List<Object> values = WidgetValueText.values(w, kind, nodes);
      if (spec != null) {
        spec.check(w, key, kind, nodes, values);
      }
      widgets.add(new Widget(key, kind.spelling(), values));
    }
    return widgets;
  }
}
