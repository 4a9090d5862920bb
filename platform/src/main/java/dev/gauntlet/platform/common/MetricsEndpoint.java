package dev.gauntlet.platform.common;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Serves a registry in the Prometheus text format at {@code /metrics}. */
public final class MetricsEndpoint {

  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public MetricsEndpoint(PrometheusRegistry registry) {
    this.registry = registry;
  }

  public void handle(RoutingContext ctx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      ctx.fail(e);
      return;
    }
    ctx.response()
        .putHeader("Content-Type", writer.getContentType())
        .end(io.vertx.core.buffer.Buffer.buffer(out.toByteArray()));
  }
}
