package dev.gauntlet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ci/grafana/gauntlet.json parses, and every query names only metrics the harness or the platform exports. */
class DashboardTest {

  static final Path HOME = Path.of(System.getProperty("gauntlet.home", ".."));
  /** A metric of ours: the harness's and the runtime's {@code gauntlet_}, the gateway's and the scheduler's own. */
  static final Pattern METRIC = Pattern.compile("\\b(?:gauntlet|gateway|scheduler)_[a-z_]+\\b");
  static final Pattern PLATFORM_NAME = Pattern.compile("\\.name\\(\"([a-z_]+)\"\\)");

  @Test
  void everyPanelQueryAndTheFaultAnnotationNameExportedMetrics() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(HOME.resolve("ci/grafana/gauntlet.json").toFile());
    Set<String> exported = exported();
    List<String> queries = new ArrayList<>();
    dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
    assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(10);
    assertThat(queries).hasSizeGreaterThanOrEqualTo(dashboard.path("panels").size());
    dashboard.path("annotations").path("list").forEach(a -> queries.add(a.path("expr").asText()));
    assertThat(dashboard.path("annotations").path("list").get(0).path("expr").asText()).contains("gauntlet_fault_");
    for (String query : queries) {
      List<String> named = new ArrayList<>();
      Matcher m = METRIC.matcher(query);
      while (m.find()) {
        named.add(m.group());
      }
      assertThat(named).as("the metrics query '" + query + "' names").isNotEmpty();
      assertThat(named).as(query).allSatisfy(name -> assertThat(exported).as("exported metrics").contains(name));
    }
  }

  /** What a scrape shows: the harness's exposition's names, the platform's builders' names with their suffixes. */
  static Set<String> exported() throws Exception {
    HarnessMetrics harness = new HarnessMetrics(List.of("dash"));
    harness.accept(new Fault(1, "pod-kill", "x", List.<FaultTarget>of(), false)); // its series exist from the first fault
    harness.resources(List.of(new ResourceSamples.Sample(1, "gateway", "gateway-1", 1.5, 1 << 20))); // and once read
    Set<String> names = new HashSet<>();
    HarnessMetricsTest.exposition(harness).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
        .forEach(l -> names.add(l.split("[{ ]")[0]));
    try (Stream<Path> files = Files.walk(HOME.resolve("platform/src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = PLATFORM_NAME.matcher(read(f));
        while (m.find()) {
          String base = m.group(1).replaceAll("_total$", "");
          for (String suffix : List.of("", "_total", "_bucket", "_count", "_sum")) {
            names.add(base + suffix);
          }
        }
      }
    }
    assertThat(names).contains("gauntlet_rerun_seconds_bucket", "gateway_client_sockets_open", "scheduler_pods");
    return names;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
