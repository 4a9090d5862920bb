package dev.gauntlet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's Prometheus scrapes the harness and, from a file it rereads, every component that serves somewhere. */
class PrometheusConfigTest {

  @Test
  void theHarnessIsAStaticJobTheComponentsAFileOfLabelledTargets() throws Exception {
    String yaml = PrometheusConfig.yaml("127.0.0.1:9400", Path.of("/run/prometheus/targets.json"));
    assertThat(yaml).contains("scrape_interval: 1s", "job_name: gauntlet\n", "targets: ['127.0.0.1:9400']",
        "job_name: gauntlet-platform", "files: ['/run/prometheus/targets.json']");

    List<PrometheusConfig.ScrapeTarget> targets = PrometheusConfig.targets(List.of(
        new Target("runtime", "dash-1", "dash", "http://127.0.0.1:4001", "ready", 2, List.of(), Target.Handle.process(11)),
        new Target("gateway", "gateway-1", null, "http://127.0.0.1:4002/", "running", 0, List.of(), Target.Handle.process(12)),
        new Target("runtime", "dash-2", "dash", null, "starting", 0, List.of(), Target.Handle.process(13))));
    assertThat(targets).extracting(PrometheusConfig.ScrapeTarget::address).containsExactly("127.0.0.1:4001",
        "127.0.0.1:4002");
    JsonNode json = new ObjectMapper().readTree(PrometheusConfig.targetsJson(targets));
    assertThat(json.get(0).path("labels").path("app").asText()).isEqualTo("dash");
    assertThat(json.get(1).path("labels").path("component").asText()).isEqualTo("gateway");
    assertThat(json.get(1).path("labels").has("app")).isFalse();
  }
}
