package dev.gauntlet.deploy.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;

/** The labels every object Gauntlet puts on a cluster carries, so it finds (and deletes) its own. */
public final class Labels {

  public static final String NAME = "app.kubernetes.io/name";
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String PART_OF = "app.kubernetes.io/part-of";
  /** The app a runtime pod serves. */
  public static final String APP = "gauntlet.dev/app";
  /** The run that created the object; absent on manifests printed for {@code kubectl apply}. */
  public static final String RUN = "gauntlet.dev/run";
  /** On a namespace: {@code allowed} lets Gauntlet break things there. */
  public static final String CHAOS = "gauntlet.dev/chaos";
  public static final String CHAOS_ALLOWED = "allowed";

  public static final String GAUNTLET = "gauntlet";

  private Labels() {}

  /** {@code app.kubernetes.io/name: gauntlet-COMPONENT}, component, part-of and, when given, the run. */
  public static Map<String, String> of(String component, String runId) {
    Map<String, String> labels = new LinkedHashMap<>(selector(component));
    labels.put(COMPONENT, component);
    labels.put(PART_OF, GAUNTLET);
    if (runId != null) {
      labels.put(RUN, runId);
    }
    return labels;
  }

  /** What a Deployment's selector and a Service match: stable across runs, unlike the run label. */
  public static Map<String, String> selector(String component) {
    return Map.of(NAME, GAUNTLET + "-" + component);
  }
}
