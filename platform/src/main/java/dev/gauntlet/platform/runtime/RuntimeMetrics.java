package dev.gauntlet.platform.runtime;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.IntSupplier;

/** The runtime's Prometheus metrics, registered in their own registry (one per server). */
final class RuntimeMetrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter attached = counter("gauntlet_runtime_sessions_attached", "sessions attached to a socket (new or resumed)");
  private final Counter detached = counter("gauntlet_runtime_sessions_detached", "sessions whose socket closed");
  private final Counter runsStarted = counter("gauntlet_runtime_runs_started", "script runs started");
  private final Counter runsFinished = counter("gauntlet_runtime_runs_finished", "script runs finished successfully");
  private final Counter runsStoppedEarly = counter("gauntlet_runtime_runs_stopped_early", "script runs superseded by a newer rerun");
  private final Counter bytesSent = counter("gauntlet_runtime_sent_bytes", "ForwardMsg bytes written to sockets");
  private final Counter widgetValues = Counter.builder().name("gauntlet_runtime_widget_values")
      .help("widget values received in reruns (every rerun carries every widget), by declared key and kind, "
          + "the slot the value came in, and whether that is the slot the widget takes")
      .labelNames("key", "kind", "slot", "fits").register(registry);
  private final Histogram runDuration = Histogram.builder()
      .name("gauntlet_runtime_run_duration_seconds").help("rerun_script to script_finished")
      .classicUpperBounds(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
      .register(registry);

  RuntimeMetrics(IntSupplier attachedNow, IntSupplier detachedNow) {
    GaugeWithCallback.builder().name("gauntlet_runtime_sessions").help("live sessions by state")
        .labelNames("state")
        .callback(cb -> {
          cb.call(attachedNow.getAsInt(), "attached");
          cb.call(detachedNow.getAsInt(), "detached");
        })
        .register(registry);
  }

  private Counter counter(String name, String help) {
    return Counter.builder().name(name).help(help).register(registry);
  }

  PrometheusRegistry registry() {
    return registry;
  }

  void attached() {
    attached.inc();
  }

  void detached() {
    detached.inc();
  }

  void runStarted() {
    runsStarted.inc();
  }

  void runFinished(long nanos) {
    runsFinished.inc();
    runDuration.observe(nanos / 1e9);
  }

  void runStoppedEarly() {
    runsStoppedEarly.inc();
  }

  /** A value for {@code widget} (null: an id the app does not declare) in {@code slot}. */
  void widgetValue(AppSpec.Widget widget, String slot, boolean fits) {
    widgetValues.labelValues(widget == null ? "" : widget.key(), widget == null ? "unknown" : widget.kind().spelling(),
        slot, Boolean.toString(fits)).inc();
  }

  void bytesSent(long bytes) {
    bytesSent.inc(bytes);
  }
}
