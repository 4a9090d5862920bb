package dev.gauntlet.observe;

import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.YamlNode;
import dev.gauntlet.yaml.YamlReader;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's {@code observability:} section (docs/observability.md): which Prometheus judges the
 * PromQL objectives, and the port of the harness's own {@code /metrics}.
 *
 * @param prometheus {@code local} (start one for the run), a Prometheus URL, or null (none)
 * @param port the harness's metrics port; 0 for any free one
 */
public record ObservabilitySettings(String prometheus, int port) {

  public static final String SECTION = "observability";
  public static final String LOCAL = "local";
  private static final List<String> FIELDS = List.of("prometheus", "port");

  /** No Prometheus; the harness's metrics on any free port. */
  public static final ObservabilitySettings NONE = new ObservabilitySettings(null, 0);

  /**
   * The scenario's section, or {@link #NONE} without one.
   *
   * @throws dev.gauntlet.yaml.ScenarioException naming the file and line of a bad field
   */
  public static ObservabilitySettings of(Scenario scenario) {
    if (!scenario.sectionNames().contains(SECTION)) {
      return NONE;
    }
    Fields top = Fields.of(scenario.file(), YamlReader.read(scenario.file()), "", null);
    Fields section = top.mapping(SECTION, FIELDS);
    String prometheus = section.string("prometheus", null);
    if (prometheus != null) {
      prometheus = prometheus.trim();
      YamlNode node = section.get("prometheus").orElseThrow();
      if (!prometheus.equals(LOCAL) && !(prometheus.startsWith("http://") || prometheus.startsWith("https://"))) {
        throw section.error("prometheus", node, "is '" + prometheus + "', neither local nor a URL",
            "write prometheus: local (start one for the run) or prometheus: http://127.0.0.1:9090");
      }
    }
    return new ObservabilitySettings(prometheus, section.integer("port", 0, 0));
  }

  /** True when the run starts its own Prometheus. */
  public boolean local() {
    return LOCAL.equals(prometheus);
  }

  /** An existing Prometheus's base URL, when the scenario names one. */
  public Optional<URI> existing() {
    return prometheus == null || local() ? Optional.empty() : Optional.of(URI.create(prometheus.replaceAll("/+$", "")));
  }
}
