package dev.gauntlet.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gauntlet.deploy.Target;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The run's Prometheus config: the harness as job {@code gauntlet}, the platform's components from a file. */
public final class PrometheusConfig {

  public static final String HARNESS_JOB = "gauntlet";
  public static final String PLATFORM_JOB = "gauntlet-platform";

  private PrometheusConfig() {}

  /**
   * One platform component to scrape.
   *
   * @param address {@code host:port} of its {@code /metrics}
   * @param component {@code gateway}, {@code scheduler} or {@code runtime}
   * @param id its name ({@code gateway-1}) or pod id
   */
  public record ScrapeTarget(String address, String component, String id, String app) {}

  /** Every second, so a run of seconds has a rate; targets reread from {@code targets} as pods come and go. */
  static String yaml(String harness, Path targets) {
    return String.join("\n",
        "# written by gauntlet for one run (docs/observability.md)",
        "global:",
        "  scrape_interval: 1s",
        "  scrape_timeout: 900ms",
        "  evaluation_interval: 1s",
        "scrape_configs:",
        "  - job_name: " + HARNESS_JOB,
        "    static_configs:",
        "      - targets: ['" + harness + "']",
        "  - job_name: " + PLATFORM_JOB,
        "    file_sd_configs:",
        "      - files: ['" + targets + "']",
        "        refresh_interval: 1s",
        "");
  }

  /** The deployment's targets that serve somewhere, as scrape targets. */
  static List<ScrapeTarget> targets(List<Target> targets) {
    List<ScrapeTarget> all = new ArrayList<>();
    for (Target t : targets) {
      if (t.endpoint() != null) {
        all.add(new ScrapeTarget(URI.create(t.endpoint()).getAuthority(), t.component(), t.id(), t.app()));
      }
    }
    return all;
  }

  static String targetsJson(List<ScrapeTarget> targets) {
    ObjectMapper json = new ObjectMapper();
    ArrayNode root = json.createArrayNode();
    for (ScrapeTarget t : targets) {
      var group = root.addObject();
      group.putArray("targets").add(t.address());
      var labels = group.putObject("labels").put("component", t.component()).put("id", t.id());
      if (t.app() != null) {
        labels.put("app", t.app());
      }
    }
    return root.toString();
  }
}
