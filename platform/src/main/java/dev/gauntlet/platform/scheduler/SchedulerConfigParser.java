package dev.gauntlet.platform.scheduler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gauntlet.platform.common.Durations;
import dev.gauntlet.platform.common.StartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads the scheduler's YAML config; every error names the file, the line and the fix. */
public final class SchedulerConfigParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  record RawConfig(RawRuntime runtime, List<RawPool> pools) {}

  record RawRuntime(String java, List<String> jvmOptions, Long ownerPid) {}

  record RawPool(
      String app,
      String spec,
      Integer warm,
      Integer maxSessionsPerPod,
      @JsonDeserialize(using = DurationText.class) Duration idleRetire,
      @JsonDeserialize(using = DurationText.class) Duration startTimeout) {}

  private SchedulerConfigParser() {}

  public static SchedulerConfig parse(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StartupException("no scheduler config (" + file + ")", "pass an existing YAML file with --config");
    }
    RawConfig raw;
    try {
      raw = YAML.readValue(file.toFile(), RawConfig.class);
    } catch (UnrecognizedPropertyException e) {
      Set<String> known = new TreeSet<>();
      e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      throw new StartupException(where(file, e.getLocation()) + "unknown field '" + e.getPropertyName()
          + "' in " + section(e), "known fields: " + String.join(", ", known));
    } catch (JsonMappingException e) {
      throw new StartupException(where(file, e.getLocation()) + e.getOriginalMessage().split("\n")[0]
          + " at " + e.getPathReference().replaceAll("dev\\.gauntlet\\.[\\w.$]+", "config"), "see docs/platform.md, scheduler config");
    } catch (JsonProcessingException e) {
      throw new StartupException(where(file, e.getLocation()) + "not valid YAML: " + e.getOriginalMessage(), "fix the YAML syntax");
    } catch (IOException e) {
      throw new StartupException("cannot read scheduler config (" + file + "): " + e.getMessage(), "check the file's permissions");
    }
    if (raw == null || raw.pools() == null || raw.pools().isEmpty()) {
      throw new StartupException("bad scheduler config (" + file + "): no pools", "add pools: [{app: NAME, spec: FILE}]");
    }
    return validate(file, raw);
  }

  private static SchedulerConfig validate(Path file, RawConfig raw) {
    Path folder = file.toAbsolutePath().getParent();
    List<SchedulerConfig.PoolConfig> pools = new ArrayList<>();
    Set<String> apps = new HashSet<>();
    for (int i = 0; i < raw.pools().size(); i++) {
      RawPool p = raw.pools().get(i);
      String at = "bad scheduler config (" + file + "): pools[" + i + "]";
      if (p == null || p.app() == null || !p.app().matches("[a-z0-9-]+")) {
        throw new StartupException(at + ": app " + (p == null ? null : "'" + p.app() + "'") + " is not a name of [a-z0-9-]+", "give e.g. app: dash");
      }
      if (!apps.add(p.app())) {
        throw new StartupException(at + ": app '" + p.app() + "' has a second pool", "keep one pool per app");
      }
      if (p.spec() == null) {
        throw new StartupException(at + " (" + p.app() + "): no spec", "give spec: FILE (relative to the config file)");
      }
      Path spec = folder.resolve(p.spec()).normalize();
      if (!Files.isRegularFile(spec)) {
        throw new StartupException(at + " (" + p.app() + "): app spec " + spec + " does not exist", "fix the path (relative paths resolve against " + folder + ")");
      }
      int warm = positive(at + ".warm", p.warm(), 1, 0);
      int max = positive(at + ".maxSessionsPerPod", p.maxSessionsPerPod(), 50, 1);
      Duration idle = Optional.ofNullable(p.idleRetire()).orElse(Duration.ofSeconds(60));
      Duration start = Optional.ofNullable(p.startTimeout()).orElse(Duration.ofSeconds(30));
      pools.add(new SchedulerConfig.PoolConfig(p.app(), spec, warm, max, idle, start));
    }
    RawRuntime rt = raw.runtime() == null ? new RawRuntime(null, null, null) : raw.runtime();
    return new SchedulerConfig(file, new SchedulerConfig.Runtime(
        Optional.ofNullable(rt.java()), rt.jvmOptions() == null ? List.of() : List.copyOf(rt.jvmOptions()),
        Optional.ofNullable(rt.ownerPid())), List.copyOf(pools));
  }

  private static int positive(String what, Integer value, int fallback, int min) {
    int v = value == null ? fallback : value;
    if (v < min) {
      throw new StartupException(what + " is " + v, "give a number >= " + min);
    }
    return v;
  }

  private static String where(Path file, JsonLocation loc) {
    return "bad scheduler config (" + file + (loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr()) + "): ";
  }

  private static String section(UnrecognizedPropertyException e) {
    String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    int last = path.lastIndexOf('.');
    String parent = last < 0 ? "" : path.substring(0, last);
    return parent.isEmpty() ? "the config" : parent;
  }

  /** {@code 250ms}, {@code 2s}, {@code 1m}: a bad value fails with the line it is on. */
  static final class DurationText extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return Durations.parse(text);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }
}
