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
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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

  record RawConfig(String driver, RawKubernetes kubernetes, RawRuntime runtime, List<RawPool> pools) {}

  record RawKubernetes(String namespace, String image, String owner, String configMap, String configDir, String runId,
      java.util.Map<String, java.util.Map<String, String>> resources) {}

  record RawRuntime(String java, List<String> jvmOptions, Long ownerPid, Boolean classDataSharing, String driver,
      RawDocker docker, @JsonDeserialize(using = DurationText.class) Duration classDataArchiveWait) {}

  record RawDocker(String image, java.util.Map<String, String> labels) {}

  record RawPool(
      String app,
      String spec,
      Integer warm,
      Integer maxSessionsPerPod,
      @JsonDeserialize(using = DurationText.class) Duration idleRetire,
      @JsonDeserialize(using = DurationText.class) Duration startTimeout,
      Double cpus,
      Long memoryBytes) {}

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
      String path = path(e);
      int dot = path.lastIndexOf('.');
      throw new StartupException(where(file, e) + "unknown field '" + e.getPropertyName() + "' in "
          + (dot < 0 ? "the config" : path.substring(0, dot)), "known fields: " + String.join(", ", known));
    } catch (InvalidFormatException e) {
      String expected = Number.class.isAssignableFrom(e.getTargetType()) ? "a whole number" : e.getTargetType().getSimpleName();
      throw new StartupException(where(file, e) + path(e) + " is '" + e.getValue() + "', not " + expected, "see docs/platform.md, scheduler config");
    } catch (JsonMappingException e) {
      throw new StartupException(where(file, e) + path(e) + ": " + e.getOriginalMessage().split("\n")[0], "see docs/platform.md, scheduler config");
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
      pools.add(new SchedulerConfig.PoolConfig(p.app(), spec, warm, max, idle, start,
          Optional.ofNullable(p.cpus()), Optional.ofNullable(p.memoryBytes())));
    }
    RawRuntime rt = raw.runtime() == null ? new RawRuntime(null, null, null, null, null, null, null) : raw.runtime();
    return new SchedulerConfig(file, new SchedulerConfig.Runtime(
        Optional.ofNullable(rt.java()), rt.jvmOptions() == null ? List.of() : List.copyOf(rt.jvmOptions()),
        Optional.ofNullable(rt.ownerPid()), !Boolean.FALSE.equals(rt.classDataSharing()),
        rt.driver() == null ? "local" : rt.driver(), docker(file, rt),
        Optional.ofNullable(rt.classDataArchiveWait()).orElse(ClassDataArchive.DEFAULT_POD_WAIT)),
        List.copyOf(pools), kubernetes(file, raw, rt));
  }

  /** {@code driver: kubernetes} with its block; {@code processes} (the default) with none. */
  private static Optional<KubernetesPods> kubernetes(Path file, RawConfig raw, RawRuntime rt) {
    String driver = raw.driver() == null ? "processes" : raw.driver();
    String at = "bad scheduler config (" + file + "): ";
    if (!List.of("processes", "kubernetes").contains(driver)) {
      throw new StartupException(at + "driver '" + driver + "' is not known", "write driver: processes (the default) "
          + "or kubernetes; pods as containers are runtime.driver: docker");
    }
    if (driver.equals("kubernetes") && "docker".equals(rt.driver())) {
      throw new StartupException(at + "driver kubernetes with runtime.driver docker",
          "pick one: Kubernetes creates the pods' containers itself");
    }
    RawKubernetes k = raw.kubernetes();
    if (driver.equals("processes")) {
      if (k != null) {
        throw new StartupException(at + "a kubernetes block with driver processes", "write driver: kubernetes, or drop the block");
      }
      return Optional.empty();
    }
    if (k == null || k.namespace() == null || k.image() == null || k.owner() == null || k.configMap() == null) {
      throw new StartupException(at + "driver kubernetes needs kubernetes: {namespace, image, owner, configMap}",
          "give e.g. kubernetes: {namespace: gauntlet, image: gauntlet-platform:local, owner: gauntlet-scheduler, "
              + "configMap: gauntlet-config}");
    }
    return Optional.of(new KubernetesPods(k.namespace(), k.image(), k.owner(), k.configMap(),
        k.configDir() == null ? "/etc/gauntlet" : k.configDir(), Optional.ofNullable(k.runId()),
        k.resources() == null ? java.util.Map.of() : k.resources()));
  }

  /** {@code driver: docker} needs {@code docker: {image, runId}}; {@code local} takes none. */
  private static Optional<SchedulerConfig.Docker> docker(Path file, RawRuntime rt) {
    String driver = rt.driver() == null ? "local" : rt.driver();
    String at = "bad scheduler config (" + file + "): runtime.driver";
    if (driver.equals("local")) {
      return Optional.empty();
    }
    if (!driver.equals("docker")) {
      throw new StartupException(at + " is '" + driver + "'", "use local or docker");
    }
    if (rt.docker() == null || rt.docker().image() == null || rt.docker().labels() == null
        || !rt.docker().labels().containsKey("dev.gauntlet.run")) {
      throw new StartupException(at + " is docker but runtime.docker lacks image or the label dev.gauntlet.run",
          "give runtime.docker: {image: NAME:TAG, labels: {dev.gauntlet.run: ID}}");
    }
    return Optional.of(new SchedulerConfig.Docker(rt.docker().image(), java.util.Map.copyOf(rt.docker().labels())));
  }

  private static int positive(String what, Integer value, int fallback, int min) {
    int v = value == null ? fallback : value;
    if (v < min) {
      throw new StartupException(what + " is " + v, "give a number >= " + min);
    }
    return v;
  }

  /** The line of the field the error is about: Jackson's own location is where it stopped reading. */
  private static String where(Path file, JsonMappingException e) {
    String pointer = e.getPath().stream()
        .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex())))
        .collect(Collectors.joining());
    try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
      while (p.nextToken() != null) {
        if (p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return where(file, p.currentTokenLocation());
        }
      }
    } catch (IOException ignored) {
      // fall back to where Jackson stopped
    }
    return where(file, e.getLocation());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  private static String where(Path file, JsonLocation loc) {
    return "bad scheduler config (" + file + (loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr()) + "): ";
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
