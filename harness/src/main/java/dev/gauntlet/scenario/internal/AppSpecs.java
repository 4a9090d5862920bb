package dev.gauntlet.scenario.internal;

import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlReader;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The little the harness checks of an app spec: it is YAML and names its app (and, through
 * {@link SpecWidget}, the widgets a scenario drives). The runtime owns the full schema and reports
 * its own errors when a pod starts.
 */
public final class AppSpecs {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  private AppSpecs() {}

  public static String readName(Path spec) {
    Fields fields = Fields.of(spec, YamlReader.read(spec), "", null);
    String name = fields.string("name", null);
    if (name == null) {
      throw new ScenarioException(spec, fields.line(), "app spec has no 'name'", "add name: my-app ([a-z0-9-]+)");
    }
    if (!NAME.matcher(name).matches()) {
      throw new ScenarioException(spec, fields.line("name"), "app name '" + name + "' has characters other than a-z, 0-9 and -",
          "rename it, e.g. name: " + name.toLowerCase().replaceAll("[^a-z0-9-]", "-"));
    }
    return name;
  }
}
