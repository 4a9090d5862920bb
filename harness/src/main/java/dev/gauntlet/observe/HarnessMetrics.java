package dev.gauntlet.observe;

import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.Fault;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Interaction;
import dev.gauntlet.measure.JournalEvent.Recovery;
import dev.gauntlet.measure.JournalEvent.Restart;
import dev.gauntlet.measure.JournalEvent.RunEnded;
import dev.gauntlet.measure.JournalEvent.RunStarted;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.measure.RunStatus;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The harness's metrics, counted from journal events only (so they count what the summary counts,
 * whichever JVM wrote the line). Names follow Prometheus' conventions: {@code gauntlet_} prefix,
 * {@code _total} counters, latencies in seconds as classic plus native histograms. Mutable: fed one
 * event at a time, from one thread.
 */
public final class HarnessMetrics implements Consumer<JournalEvent> {

  /** The run's states, one gauge series each: 1 for the current. */
  public static final List<String> STATES = List.of("starting", "running", RunStatus.COMPLETED.text(),
      RunStatus.ABORTED.text(), RunStatus.ERROR.text());
  /** Classic buckets, seconds: fine under a second, where interactive latencies live. */
  static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75,
      1, 1.5, 2, 3, 5, 10, 30};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Gauge active = gauge("gauntlet_sessions_active", "sessions started and not ended", "app");
  private final Counter started = counter("gauntlet_sessions_started", "sessions started", "app");
  private final Counter ended = counter("gauntlet_sessions_ended", "sessions ended, by outcome", "app", "outcome");
  private final Counter interactions = counter("gauntlet_interactions",
      "first renders and reruns, by kind and outcome (ok, failed)", "app", "kind", "outcome");
  private final Histogram ttfr = seconds("gauntlet_ttfr_seconds", "time to first render of a session (ttfr_ms)");
  private final Histogram rerun = seconds("gauntlet_rerun_seconds", "rerun to script finished (rerun_ms)");
  private final Histogram failover = seconds("gauntlet_failover_seconds", "disruption to recovered render (failover_ms)");
  private final Counter faults = counter("gauntlet_fault_injections", "chaos faults injected (and OOM kills), by action",
      "action");
  private final Gauge faultLast = gauge("gauntlet_fault_last_timestamp_seconds",
      "when the last fault of an action hit (epoch seconds): Grafana's fault annotations", "action");
  private final Counter restarts = counter("gauntlet_component_restarts", "supervised components restarted",
      "component");
  private final Gauge state = gauge("gauntlet_run_state", "the run's state: 1 for the current", "state");
  /** The components' last CPU and memory reading (metrics/resources.jsonl's latest second); replaced whole. */
  private volatile List<ResourceSamples.Sample> resources = List.of();

  /** @param apps the run's apps, whose series start at 0 so a rate sees their first event */
  public HarnessMetrics(Collection<String> apps) {
    for (String app : apps) {
      active.initLabelValues(app);
      started.initLabelValues(app);
      for (String kind : List.of("first_render", "rerun")) {
        interactions.initLabelValues(app, kind, "ok");
        interactions.initLabelValues(app, kind, "failed");
      }
      ttfr.initLabelValues(app);
      rerun.initLabelValues(app);
      failover.initLabelValues(app);
    }
    state("starting");
    CounterWithCallback.builder().name("gauntlet_component_cpu_seconds")
        .help("CPU time a component's process or container used (user + system), read each second")
        .labelNames("component", "id")
        .callback(cb -> resources.stream().filter(r -> !Double.isNaN(r.cpuSeconds()))
            .forEach(r -> cb.call(r.cpuSeconds(), r.component(), r.id())))
        .register(registry);
    GaugeWithCallback.builder().name("gauntlet_component_resident_memory_bytes")
        .help("a component's resident memory (a container's cgroup usage), read each second")
        .labelNames("component", "id")
        .callback(cb -> resources.stream().filter(r -> r.rssBytes() >= 0)
            .forEach(r -> cb.call(r.rssBytes(), r.component(), r.id())))
        .register(registry);
  }

  /** The components' resources as last read (a pod gone since has no series any more). */
  public void resources(List<ResourceSamples.Sample> latest) {
    resources = List.copyOf(latest);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  @Override
  public void accept(JournalEvent e) {
    if (e instanceof RunStarted) {
      state("running");
    } else if (e instanceof RunEnded r) {
      state(r.status() == null ? RunStatus.COMPLETED.text() : STATES.contains(r.status().text()) ? r.status().text()
          : RunStatus.ERROR.text());
    } else if (e instanceof SessionStarted s) {
      started.labelValues(s.app()).inc();
      active.labelValues(s.app()).inc();
    } else if (e instanceof SessionEnded s) {
      ended.labelValues(s.app(), String.valueOf(s.outcome())).inc();
      active.labelValues(s.app()).dec();
    } else if (e instanceof Interaction i) {
      String kind = i instanceof FirstRender ? "first_render" : "rerun";
      interactions.labelValues(i.app(), kind, i.ok() ? "ok" : "failed").inc();
      if (i.ok()) { // as the summary: only successful interactions have a latency
        (i instanceof FirstRender ? ttfr : rerun).labelValues(i.app()).observe(i.millis() / 1_000);
      }
    } else if (e instanceof Recovery r) {
      failover.labelValues(r.app()).observe(r.gapMs() / 1_000);
    } else if (e instanceof Fault f && !f.dryRun()) {
      faults.labelValues(f.action()).inc();
      faultLast.labelValues(f.action()).set(f.t() / 1_000.0);
    } else if (e instanceof Restart r) {
      restarts.labelValues(r.component() == null ? r.id() : r.component()).inc();
    }
  }

  /** Sets the run's state gauge (e.g. {@code running} before the journal says so). */
  public void state(String current) {
    STATES.forEach(s -> state.labelValues(s).set(s.equals(current) ? 1 : 0));
  }

  private Counter counter(String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).withoutExemplars().register(registry);
  }

  private Gauge gauge(String name, String help, String... labels) {
    return Gauge.builder().name(name).help(help).labelNames(labels).withoutExemplars().register(registry);
  }

  private Histogram seconds(String name, String help) {
    return Histogram.builder().name(name).help(help).labelNames("app").classicUpperBounds(BUCKETS)
        .withoutExemplars().register(registry);
  }
}
