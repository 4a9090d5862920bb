package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.MetricsEndpoint;
import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.common.StartupException;
import dev.gauntlet.platform.scheduler.kubernetes.KubernetesPodDriver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The scheduler on one Vert.x event loop: API handlers, timers and pod callbacks all run on this
 * verticle's context, so state needs no locks. Process starts and file writes run on threads.
 */
final class SchedulerService extends VerticleBase {

  private final SchedulerMain.Options options;
  private final ExecutorService blocking = Executors.newCachedThreadPool(daemon("pod-start"));
  private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("state-writer"));
  private volatile int port;

  SchedulerService(SchedulerMain.Options options) {
    this.options = options;
  }

  @Override
  public Future<?> start() throws Exception {
    StateStore store;
    try {
      store = new StateStore(options.stateDir(), writer);
    } catch (RuntimeException e) {
      return Future.failedFuture(new StartupException("cannot use state dir (" + options.stateDir() + "): " + e.getMessage(),
          "pass a writable --state-dir"));
    }
    PrometheusRegistry registry = new PrometheusRegistry();
    Scheduler scheduler = Scheduler.create(options.config(), store,
        options.config().kubernetes()
            .<PodDriver>map(k -> KubernetesPodDriver.create(k, options.config().runtime().jvmOptions()))
            .orElseGet(() -> PodDriver.of(options.stateDir(), options.config())),
        new HttpHealthProbe(vertx, Duration.ofSeconds(1)), Clock.systemUTC(),
        r -> context.runOnContext(v -> r.run()), blocking, registry, options.detachedTtl(),
        options.failoverHold());
    // Listen first: a scheduler that cannot bind must exit before it adopts or starts any pod.
    return vertx.createHttpServer()
        .requestHandler(new SchedulerApi(scheduler).router(vertx, new MetricsEndpoint(registry)))
        .listen(options.port(), options.host())
        .onSuccess(server -> {
          port = server.actualPort();
          recover(scheduler);
        });
  }

  private void recover(Scheduler scheduler) {
    try {
      new Recovery(scheduler).run().whenComplete((x, e) -> {
        if (e != null) {
          scheduler.recoveryFailed("state recovery failed: " + e);
        }
        ServiceProcess.log("scheduler", e != null ? "state recovery failed: " + e + "; the API stays 503"
            : "state recovered from " + options.stateDir());
      });
    } catch (Exception e) {
      scheduler.recoveryFailed("cannot read state in " + options.stateDir() + ": " + e);
      ServiceProcess.log("scheduler", "cannot read state in " + options.stateDir() + ": " + e + "; the API stays 503");
      return;
    }
    vertx.setPeriodic(20, id -> scheduler.tick());
    long healthEvery = Math.max(20, options.healthInterval().toMillis() / 4);
    vertx.setPeriodic(healthEvery, id -> scheduler.healthTick(options.healthInterval(), options.healthFailures()));
  }

  int port() {
    return port;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
