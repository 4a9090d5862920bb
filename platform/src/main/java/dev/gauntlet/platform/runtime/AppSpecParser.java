package dev.gauntlet.platform.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads an app spec file; every mistake becomes an {@link AppSpecException} naming file and line. */
public final class AppSpecParser {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private AppSpecParser() {}

  public static AppSpec read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new AppSpecException(file.toString(), 0, "cannot read the file (" + e + ")");
    }
    return parse(file.toString(), text);
  }

  /** Parses {@code yaml}; {@code fileName} is only used in error messages. */
  public static AppSpec parse(String fileName, String yaml) {
    if (yaml.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      throw new AppSpecException(fileName, 1, "the file is empty (write at least name: my-app)");
    }
    RawSpec raw;
    SpecLines lines = SpecLines.of(yaml);
    try {
      raw = YAML.readValue(yaml, RawSpec.class);
    } catch (UnrecognizedPropertyException e) {
      String where = path(e, e.getPath().size() - 1);
      throw new AppSpecException(fileName, lines.lineOf(pointer(e)), "unknown field '"
          + e.getPropertyName() + "' in " + (where.isEmpty() ? "app spec" : where)
          + " (known: " + known(e.getReferringClass()) + ")");
    } catch (JsonMappingException e) {
      String where = path(e, e.getPath().size());
      throw new AppSpecException(fileName, lines.lineOf(pointer(e)), (where.isEmpty()
          ? "the app spec" : where) + " has the wrong shape: " + firstLine(e));
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new AppSpecException(fileName, line, "not valid YAML: " + firstLine(e));
    }
    if (raw == null) {
      throw new AppSpecException(fileName, 1, "the file is empty (write at least name: my-app)");
    }
    return new SpecChecks(fileName, lines).check(raw);
  }

  private static String firstLine(JacksonException e) {
    return e.getOriginalMessage().lines().findFirst().orElse("");
  }

  /** The JSON pointer of the failing field, e.g. {@code /widgets/1/kind}. */
  private static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
    }
    return out.toString();
  }

  /** The dotted path of the first {@code count} references, e.g. {@code widgets[1].kind}. */
  private static String path(JsonMappingException e, int count) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath().subList(0, Math.max(0, count))) {
      if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String known(Class<?> type) {
    if (type == null || !type.isRecord()) {
      return "?";
    }
    return Arrays.stream(type.getRecordComponents())
        .map(c -> c.getAccessor().isAnnotationPresent(JsonProperty.class)
            ? c.getAccessor().getAnnotation(JsonProperty.class).value() : c.getName())
        .collect(Collectors.joining(", "));
  }

  /** The spec as written: strings where the checks give better errors than binding would. */
  record RawSpec(String name, RawCost startup, RawCost rerun, Integer elements,
      String payloadBytes, String memoryPerSession, List<RawWidget> widgets) {}

  record RawCost(String cpu, @JsonProperty("wait") String waiting) {}

  record RawWidget(String key, String kind, String label, String type, List<String> options) {}
}
