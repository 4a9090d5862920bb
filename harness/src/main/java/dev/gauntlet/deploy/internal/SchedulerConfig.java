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
    return render(target, java, ownerPid, null);
  }

  /** With {@code docker}, pods are containers of its image with its labels and each pool's limits. */
  static String render(LocalTarget target, Path java, long ownerPid, LocalSettings.DockerSettings docker) {
    Map<String, Object> runtime = new LinkedHashMap<>();
    runtime.put("java", java.toString());
    runtime.put("jvmOptions", target.runtime().jvmOptions());
    if (ownerPid > 0) {
      runtime.put("ownerPid", ownerPid);
    }
    List<Map<String, Object>> pools = new ArrayList<>();
    for (AppPool app : target.apps()) {
      Map<String, Object> pool = new LinkedHashMap<>();
      pool.put("app", app.app());
      pool.put("spec", app.spec().toString());
      pool.put("warm", app.warm());
      pool.put("maxSessionsPerPod", app.maxSessionsPerPod());
      pool.put("idleRetire", DurationText.format(app.idleRetire()));
      pool.put("startTimeout", DurationText.format(app.startTimeout()));
      if (docker != null && app.resources().cpus() != null) {
        pool.put("cpus", app.resources().cpus());
      }
      if (docker != null && app.resources().memoryBytes() != null) {
        pool.put("memoryBytes", app.resources().memoryBytes());
      }
      pools.add(pool);
    }
    if (docker != null) {
      runtime.put("classDataSharing", false); // an archive trained in the scheduler's container is not the pods'
      runtime.put("driver", "docker");
      runtime.put("docker", Map.of("image", docker.image(), "labels", docker.labels()));
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
      Files.writeString(file, render(settings.target(), settings.java(), settings.ownerPid(), settings.docker()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
