package dev.gauntlet.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.load.Abort;
import dev.gauntlet.observe.HarnessExporter;
import dev.gauntlet.observe.LocalPrometheus;
import dev.gauntlet.observe.ObservabilitySettings;
import dev.gauntlet.observe.PromqlJudge;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.slo.PromqlObjective;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's observability parts (docs/observability.md): the harness's {@code /metrics} from the
 * start, the components' scrapes once the deployment is up, the run's Prometheus and its PromQL
 * objectives judged before the deployment goes down. Mutable: opened, watching, closed once.
 */
final class Observability implements AutoCloseable {

  private final Path runDir;
  private final RunLog log;
  private final HarnessExporter exporter;
  private final ObservabilitySettings settings;
  private final List<PromqlObjective> objectives;
  private ComponentScraper scraper;
  private PromqlJudge judge;

  private Observability(Path runDir, RunLog log, HarnessExporter exporter, ObservabilitySettings settings,
      List<PromqlObjective> objectives) {
    this.runDir = runDir;
    this.log = log;
    this.exporter = exporter;
    this.settings = settings;
    this.objectives = objectives;
  }

  /** Reads the scenario's observability section and PromQL objectives: their errors name the file and line. */
  static void check(Scenario scenario) {
    ObservabilitySettings settings = ObservabilitySettings.of(scenario);
    Objectives.promql(scenario);
    if (settings.local() && LocalPrometheus.binary().isEmpty()) { // before the deployment comes up for nothing
      throw new RunException(scenario.file().getFileName() + " asks for observability.prometheus: local but no "
          + "'prometheus' is on PATH; install it (Debian: apt-get install -y prometheus) or name an existing one "
          + "with prometheus: http://HOST:PORT");
    }
  }

  /** Serves the harness's metrics (their URL goes to run.log and observability.json). */
  static Observability open(Scenario scenario, Path runDir, Path journal, RunLog log) {
    ObservabilitySettings settings = ObservabilitySettings.of(scenario);
    List<String> apps = scenario.loadSection().map(l -> l.apps().stream().map(Load.AppMix::app).distinct().toList())
        .orElse(List.of());
    HarnessExporter exporter = HarnessExporter.start(journal, apps, settings.port());
    log.accept("harness metrics: " + exporter.url());
    Observability o = new Observability(runDir, log, exporter, settings, Objectives.promql(scenario));
    o.writeFile(null);
    return o;
  }

  /** Once the deployment is up (null: an external target): scrape it every second, start or reach Prometheus. */
  synchronized void watch(Deployment deployment) {
    scraper = new ComponentScraper(runDir, deployment, exporter.url(), log, exporter::resources);
    scraper.start();
    if (settings.prometheus() != null) {
      judge = PromqlJudge.open(settings, runDir, exporter.url(), deployment, log);
      writeFile(judge.url().toString());
    } else if (!objectives.isEmpty()) {
      log.accept("warning: the PromQL objectives are not judged: the scenario has no observability.prometheus "
          + "(add observability: {prometheus: local})");
    }
  }

  /** Once the load starts: the PromQL objectives with abortOnFail are judged every few seconds, and stop it on a miss. */
  synchronized void abortOnFail() {
    if (judge != null) {
      judge.watch(objectives, why -> {
        log.accept("aborting the run: " + why);
        Abort.request(why);
      });
    }
  }

  /** Before the deployment goes down: the last events counted, one last scrape, the PromQL objectives judged. */
  synchronized void beforeStop() {
    exporter.tick();
    if (scraper != null) {
      scraper.tick();
      scraper.close(); // the last scrape: the components go down next
    }
    if (judge != null) {
      judge.judge(objectives);
    }
  }

  @Override
  public synchronized void close() {
    exporter.tick();
    if (scraper != null) {
      scraper.close();
    }
    if (judge != null) {
      judge.close();
    }
    exporter.close();
  }

  private void writeFile(String prometheus) {
    ObjectNode root = new ObjectMapper().createObjectNode().put("harnessMetrics", exporter.url().toString());
    root.put("prometheus", prometheus);
    try {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(runDir.resolve(RunFiles.OBSERVABILITY).toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + runDir.resolve(RunFiles.OBSERVABILITY), e);
    }
  }
}
