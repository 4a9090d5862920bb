package dev.gauntlet.deploy.kubernetes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.yaml.DurationText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's {@code --config} for pods on Kubernetes (docs/platform.md): its pools read their
 * specs from the config map, and {@code driver: kubernetes} creates runtime pods through the API.
 */
public final class SchedulerYaml {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private SchedulerYaml() {}

  /** The config map key an app's spec is stored under. */
  public static String specKey(String app) {
    return "app-" + app + ".yaml";
  }

  public static String render(LocalTarget target, Platform platform) {
    Map<String, Object> kubernetes = new LinkedHashMap<>();
    kubernetes.put("namespace", platform.namespace());
    kubernetes.put("image", platform.image());
    kubernetes.put("owner", Platform.SCHEDULER);
    kubernetes.put("configMap", Platform.CONFIG_MAP);
    kubernetes.put("configDir", platform.configDir());
    if (platform.runId() != null) {
      kubernetes.put("runId", platform.runId());
    }
    Map<String, Object> resources = new LinkedHashMap<>();
    List<Map<String, Object>> pools = new ArrayList<>();
    for (AppPool app : target.apps()) {
      if (!app.resources().isNone()) {
        resources.put(app.app(), Quantities.of(app.resources()));
      }
      Map<String, Object> pool = new LinkedHashMap<>();
      pool.put("app", app.app());
      pool.put("spec", specKey(app.app()));
      pool.put("warm", app.warm());
      pool.put("maxSessionsPerPod", app.maxSessionsPerPod());
      pool.put("idleRetire", DurationText.format(app.idleRetire()));
      pool.put("startTimeout", DurationText.format(app.startTimeout()));
      pools.add(pool);
    }
    kubernetes.put("resources", resources);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("driver", "kubernetes");
    config.put("kubernetes", kubernetes);
    config.put("runtime", Map.of("jvmOptions", target.runtime().jvmOptions(), "classDataSharing", false));
    config.put("pools", pools);
    try {
      return YAML.writeValueAsString(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
