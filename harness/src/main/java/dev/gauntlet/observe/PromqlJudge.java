package dev.gauntlet.observe;

import dev.gauntlet.analysis.PromqlVerdicts;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.slo.Objective;
import dev.gauntlet.slo.PromqlObjective;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The run's Prometheus (its own, started here, or an existing one) and the PromQL objectives judged
 * on it at the run's end, their verdicts written to {@code promql.json}. Mutable: opened, judged, closed.
 */
public final class PromqlJudge implements AutoCloseable {

  /** A local Prometheus scrapes every second: a few intervals for the scrape after the last event. */
  private static final Duration LAST_SCRAPE = Duration.ofSeconds(5);
  /** How often an objective with abortOnFail is judged during the load. */
  private static final Duration DURING = Duration.ofSeconds(5);
  /** Prometheus applies new targets at most every 5 s: its first scrape comes that late. */
  private static final Duration FIRST_SCRAPE = Duration.ofSeconds(20);

  private final PrometheusApi api;
  private final LocalPrometheus local;
  private final Path runDir;
  private final Consumer<String> log;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-prometheus-targets");
    t.setDaemon(true);
    return t;
  });

  private volatile boolean stopped;

  private PromqlJudge(PrometheusApi api, LocalPrometheus local, Path runDir, Consumer<String> log) {
    this.api = api;
    this.local = local;
    this.runDir = runDir;
    this.log = log;
  }

  /**
   * Starts a local Prometheus (scraping {@code harness} and the deployment's components, kept current
   * every second, until {@link #close()}) or reaches the existing one the settings name.
   */
  public static PromqlJudge open(ObservabilitySettings settings, Path runDir, URI harness, Deployment deployment,
      Consumer<String> log) {
    if (!settings.local()) {
      log.accept("prometheus: " + settings.existing().orElseThrow() + " (existing: it must scrape " + harness + ")");
      return new PromqlJudge(new PrometheusApi(settings.existing().orElseThrow()), null, runDir, log);
    }
    LocalPrometheus local = LocalPrometheus.start(runDir, harness.getAuthority());
    log.accept("prometheus: " + local.api().base() + " (pid " + local.pid() + ", data in " + runDir.resolve("prometheus")
        + ")");
    PromqlJudge judge = new PromqlJudge(local.api(), local, runDir, log);
    if (deployment != null) {
      judge.timer.scheduleWithFixedDelay(() -> judge.refresh(deployment), 0, 1, TimeUnit.SECONDS);
    }
    judge.awaitScrape(System.currentTimeMillis(), FIRST_SCRAPE); // so a rate sees the run from its first event
    return judge;
  }

  public URI url() {
    return api.base();
  }

  /**
   * Every {@link #DURING} during the load: judges the objectives with {@code abortOnFail} and hands
   * {@code stop} the reason once one has a value that misses (no series or NaN yet is not a miss).
   */
  public void watch(List<PromqlObjective> objectives, Consumer<String> stop) {
    List<PromqlObjective> watched = objectives.stream().filter(PromqlObjective::abortOnFail).toList();
    if (watched.isEmpty()) {
      return;
    }
    long period = DURING.toMillis();
    timer.scheduleWithFixedDelay(() -> {
      if (stopped) {
        return;
      }
      for (PromqlObjective o : watched) {
        SloVerdict v = verdict(o, System.currentTimeMillis());
        if (!v.met() && v.measured() != null) {
          stopped = true;
          stop.accept("PromQL objective '" + o.name() + "' missed during the load: measured " + v.measured()
              + ", objective " + o.text());
          return;
        }
      }
    }, period, period, TimeUnit.MILLISECONDS);
  }

  /** Judges each objective at this instant, once the harness was scraped after it; writes promql.json. */
  public void judge(List<PromqlObjective> objectives) {
    stopped = true; // the watch during the load is over
    if (objectives.isEmpty()) {
      return;
    }
    long now = System.currentTimeMillis();
    if (local != null) {
      awaitScrape(now, LAST_SCRAPE);
    }
    long at = System.currentTimeMillis();
    List<SloVerdict> verdicts = new ArrayList<>();
    for (PromqlObjective o : objectives) {
      verdicts.add(verdict(o, at));
    }
    PromqlVerdicts.write(runDir, verdicts);
  }

  private SloVerdict verdict(PromqlObjective o, long at) {
    List<Double> values;
    try {
      values = api.query(o.expression(), at);
    } catch (IOException e) {
      log.accept("warning: PromQL objective '" + o.name() + "' not judged: " + e.getMessage());
      return verdict(o, null, 0, false, e.getMessage());
    }
    List<Double> numbers = values.stream().filter(v -> !v.isNaN()).toList();
    if (numbers.isEmpty()) {
      return verdict(o, null, values.size(), false, values.isEmpty() ? "the query matched no series"
          : "the query's value is NaN (no samples in its range)");
    }
    double worst = numbers.stream().reduce(o::worst).orElseThrow();
    return verdict(o, worst, numbers.size(), numbers.stream().allMatch(o::holds), null);
  }

  private static SloVerdict verdict(PromqlObjective o, Double measured, long series, boolean met, String note) {
    return new SloVerdict(o.name(), PromqlObjective.SLI, o.text(), Objective.RUN, null, measured, "value", series, met,
        note, null);
  }

  /** Waits until Prometheus scraped the harness after {@code epochMillis} (bounded: a late scrape is logged). */
  private void awaitScrape(long epochMillis, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    // on a bare selector timestamp() is the scrape's time; on an expression it would be the query's
    String query = "timestamp(up{job=\"" + PrometheusConfig.HARNESS_JOB + "\"})";
    while (System.nanoTime() < deadline) {
      try {
        if (api.query(query, System.currentTimeMillis()).stream().anyMatch(s -> s * 1000 > epochMillis)) {
          return;
        }
      } catch (IOException e) {
        // not answering yet: asked again until the deadline
      }
      LocalPrometheus.pause(Duration.ofMillis(200));
    }
    log.accept("warning: prometheus at " + api.base() + " did not scrape the harness within " + within.toSeconds()
        + " s; see " + runDir.resolve("prometheus/prometheus.log"));
  }

  private void refresh(Deployment deployment) {
    try {
      local.targets(PrometheusConfig.targets(deployment.targets()));
    } catch (RuntimeException e) {
      // the scheduler may be restarting: the next second lists the pods again
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    if (local != null) {
      local.close();
    }
  }
}
