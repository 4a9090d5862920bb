package dev.gauntlet.platform.gateway;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;

/** The gateway's Prometheus metrics, one registry per process. */
final class GatewayMetrics {

  private static final double[] SECONDS_BOUNDS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30};

  final PrometheusRegistry registry = new PrometheusRegistry();
  private final Gauge clientSocketsOpen = Gauge.builder()
      .name("gateway_client_sockets_open").help("client session sockets open now").register(registry);
  private final Counter upstreamConnects = Counter.builder()
      .name("gateway_upstream_connects_total").help("upstream socket connects to runtime pods")
      .labelNames("outcome").register(registry);
  private final Counter failovers = Counter.builder()
      .name("gateway_failovers_total").help("sessions moved to another pod, by outcome")
      .labelNames("outcome").register(registry);
  private final Histogram failoverSeconds = Histogram.builder()
      .name("gateway_failover_duration_seconds").help("upstream lost -> new upstream open")
      .classicOnly().classicUpperBounds(SECONDS_BOUNDS).register(registry);
  private final Histogram placementWaitSeconds = Histogram.builder()
      .name("gateway_placement_wait_seconds").help("placement asked -> placement answered")
      .classicOnly().classicUpperBounds(SECONDS_BOUNDS).register(registry);
  private final Counter frames = Counter.builder()
      .name("gateway_frames_proxied_total").help("frames proxied, by direction (upstream: client->pod)")
      .labelNames("direction").register(registry);
  private final Counter bytes = Counter.builder()
      .name("gateway_bytes_proxied_total").help("payload bytes proxied, by direction")
      .labelNames("direction").register(registry);
  private final Counter framesRelayed = Counter.builder()
      .name("gateway_frames_relayed_total").help("of the frames proxied, those relayed as the bytes that came in")
      .labelNames("direction").register(registry);
  private final Counter framesDropped = Counter.builder()
      .name("gateway_frames_dropped_total").help("frames from an upstream abandoned by a failover")
      .register(registry);
  private final Counter schedulerErrors = Counter.builder()
      .name("gateway_scheduler_errors_total").help("scheduler calls that failed (unreachable or 5xx)")
      .labelNames("call").register(registry);

  private final Counter authRefusals = Counter.builder()
      .name("gateway_auth_refused_total").help("requests and sockets refused before any placement, by reason")
      .labelNames("reason").register(registry);

  void authRefused(String reason) {
    authRefusals.labelValues(reason).inc();
  }

  void clientOpened() {
    clientSocketsOpen.inc();
  }

  void clientClosed() {
    clientSocketsOpen.dec();
  }

  void upstreamConnect(boolean ok) {
    upstreamConnects.labelValues(ok ? "ok" : "failed").inc();
  }

  void failover(boolean recovered, Duration took) {
    failovers.labelValues(recovered ? "recovered" : "lost").inc();
    if (recovered) {
      failoverSeconds.observe(took.toNanos() / 1e9);
    }
  }

  void placementWait(Duration took) {
    placementWaitSeconds.observe(took.toNanos() / 1e9);
  }

  // looked up once: labelValues costs a map lookup, and this runs on every frame
  private final CounterDataPoint framesUp = frames.labelValues("upstream");
  private final CounterDataPoint framesDown = frames.labelValues("downstream");
  private final CounterDataPoint bytesUp = bytes.labelValues("upstream");
  private final CounterDataPoint bytesDown = bytes.labelValues("downstream");

  private final CounterDataPoint relayedUp = framesRelayed.labelValues("upstream");
  private final CounterDataPoint relayedDown = framesRelayed.labelValues("downstream");

  void proxied(boolean toUpstream, long payloadBytes) {
    (toUpstream ? framesUp : framesDown).inc();
    (toUpstream ? bytesUp : bytesDown).inc(payloadBytes);
  }

  void relayed(boolean toUpstream, long payloadBytes) {
    proxied(toUpstream, payloadBytes);
    (toUpstream ? relayedUp : relayedDown).inc();
  }

  void dropped() {
    framesDropped.inc();
  }

  void schedulerError(String call) {
    schedulerErrors.labelValues(call).inc();
  }
}
