package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.yaml.DurationText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the scheduler's {@code --config} YAML (docs/platform.md) from a scenario's target. */
public final class SchedulerConfig {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private SchedulerConfig() {}

  public static String render(LocalTarget target, Path java, long ownerPid) {
    Map<String, Object> runtime = new LinkedHashMap<>();
    runtime.put("java", java.toString());
    runtime.put("jvmOptions", target.runtime().jvmOptions());
    runtime.put("ownerPid", ownerPid);
    List<Map<String, Object>> pools = new ArrayList<>();
    for (AppPool app : target.apps()) {
      Map<String, Object> pool = new LinkedHashMap<>();
      pool.put("app", app.app());
      pool.put("spec", app.spec().toString());
      pool.put("warm", app.warm());
      pool.put("maxSessionsPerPod", app.maxSessionsPerPod());
      pool.put("idleRetire", DurationText.format(app.idleRetire()));
      pool.put("startTimeout", DurationText.format(app.startTimeout()));
      pools.add(pool);
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("runtime", runtime);
    config.put("pools", pools);
    try {
      return YAML.writeValueAsString(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(LocalSettings settings) {
    Path file = settings.paths().schedulerConfig();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, render(settings.target(), settings.java(), settings.ownerPid()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
