package dev.gauntlet.platform.scheduler;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Collection;
import java.util.function.Supplier;

/** The scheduler's Prometheus metrics: pods by state, placements cold/warm, wait, events by type. */
final class SchedulerMetrics {

  private final Counter placements;
  private final Histogram waitSeconds;
  private final Counter events;

  SchedulerMetrics(PrometheusRegistry registry, Supplier<Collection<Pool>> pools) {
    placements = Counter.builder().name("scheduler_placements_total")
        .help("Placements answered, by app and kind (cold: waited for a pod to start)")
        .labelNames("app", "kind").register(registry);
    waitSeconds = Histogram.builder().name("scheduler_placement_wait_seconds")
        .help("From placement request to answer").labelNames("app", "kind")
        .classicUpperBounds(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30)
        .register(registry);
    events = Counter.builder().name("scheduler_events_total")
        .help("Pod lifecycle events by type").labelNames("type").register(registry);
    GaugeWithCallback.builder().name("scheduler_pods").help("Pods by app and state")
        .labelNames("app", "state")
        .callback(cb -> {
          for (Pool pool : pools.get()) {
            for (Pod.State s : Pod.State.values()) {
              cb.call(pool.count(s), pool.config.app(), s.name().toLowerCase());
            }
          }
        })
        .register(registry);
  }

  void placed(Placement p) {
    String kind = p.cold() ? "cold" : "warm";
    placements.labelValues(p.app(), kind).inc();
    waitSeconds.labelValues(p.app(), kind).observe(p.waitMillis() / 1000.0);
  }

  void event(Event e) {
    events.labelValues(e.type()).inc();
  }
}
