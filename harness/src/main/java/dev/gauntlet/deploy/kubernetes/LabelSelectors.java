package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.DeploymentException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Equality label selectors as a scenario writes them: {@code app=streamlit-runtime,tier=apps}. */
final class LabelSelectors {

  private LabelSelectors() {}

  /** {@code field} names where the selector came from, for the error. */
  static Map<String, String> parse(String field, String selector) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String term : selector.split(",")) {
      String[] kv = term.trim().split("==?", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank() || kv[0].contains("!") || kv[1].contains("=")) {
        throw new DeploymentException(field + " '" + selector + "' is not a list of label=value: write e.g. "
            + "app=streamlit-runtime,tier=apps (set-based selectors are not supported)");
      }
      labels.put(kv[0].trim(), kv[1].trim());
    }
    return labels;
  }
}
