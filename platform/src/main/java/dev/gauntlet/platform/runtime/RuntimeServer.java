package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.common.MetricsEndpoint;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.function.Consumer;

/** The runtime's routes on one HTTP server; ready once the app's startup cost is paid. */
final class RuntimeServer {

  private final Vertx vertx;
  private final RuntimeOptions options;
  private final AppSpec spec;
  private final Consumer<String> log;
  private final SessionRegistry registry;
  private final RuntimeMetrics metrics;
  private final ScriptRunner runner;
  private volatile boolean ready;

  RuntimeServer(Vertx vertx, RuntimeOptions options, AppSpec spec, Consumer<String> log) {
    this.vertx = vertx;
    this.options = options;
    this.spec = spec;
    this.log = log;
    this.registry = new SessionRegistry(options.sessionTtl(), options.maxDetached(), log);
    this.metrics = new RuntimeMetrics(registry::attachedCount, registry::detachedCount);
    this.runner = new ScriptRunner(vertx, new AppIdentity(spec), metrics);
  }

  /** Listens on the configured host and port; the future carries the bound port. */
  Future<Integer> listen() {
    OriginPolicy origins = new OriginPolicy(options.allowedOrigins());
    Pages pages = new Pages(spec.name(), () -> ready, origins, registry);
    StreamHandler stream = new StreamHandler(registry, runner, metrics, origins,
        spec.memoryPerSessionBytes(), log);
    Router router = Router.router(vertx);
    router.get("/_stcore/health").handler(pages::health);
    router.get("/readyz").handler(pages::health);
    router.get("/healthz").handler(pages::alive);
    router.get("/_stcore/host-config").handler(pages::hostConfig);
    router.get("/_stcore/stream").handler(stream::handle);
    router.get("/_gauntlet/sessions").handler(pages::sessions);
    router.get("/metrics").handler(new MetricsEndpoint(metrics.registry())::handle);
    router.get("/").handler(pages::index);
    HttpServerOptions http = new HttpServerOptions()
        .setWebSocketSubProtocols(List.of("streamlit"))
        .setMaxWebSocketMessageSize(16 << 20)
        // like Streamlit's Tornado server: no permessage-deflate
        .setPerMessageWebSocketCompressionSupported(false)
        .setPerFrameWebSocketCompressionSupported(false);
    Liveness.start(vertx, registry, options.pingInterval(), options.pingTimeout(), log);
    return vertx.createHttpServer(http).requestHandler(router)
        .listen(options.port(), options.host())
        .map(HttpServer::actualPort);
  }

  /** Pays the startup cost (CPU on a worker, then a timer for the wait) and then reports ready. */
  void beginStartup() {
    AppSpec.Cost cost = spec.startup();
    if (cost.cpu().isZero()) {
      afterCpu(cost); // no worker thread to start for nothing: a light pod is ready tens of ms sooner
      return;
    }
    vertx.executeBlocking(() -> CpuBurn.burn(cost.cpu(), () -> false), false).onComplete(done -> afterCpu(cost));
  }

  private void afterCpu(AppSpec.Cost cost) {
    long waitMillis = cost.waiting().toMillis();
    if (waitMillis <= 0) {
      markReady();
    } else {
      vertx.setTimer(waitMillis, t -> markReady());
    }
  }

  private void markReady() {
    ready = true;
    log.accept("ready (app " + spec.name() + ")");
  }
}
