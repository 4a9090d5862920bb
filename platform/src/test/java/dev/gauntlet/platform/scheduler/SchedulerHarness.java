package dev.gauntlet.platform.scheduler;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One scheduler over fakes, run synchronously: every executor is the caller's thread. */
final class SchedulerHarness {

  final Fakes.ManualClock clock;
  final Fakes.FakeDriver driver;
  final Fakes.FakeProbe probe = new Fakes.FakeProbe();
  final Scheduler scheduler;

  SchedulerHarness(Path stateDir, List<SchedulerConfig.PoolConfig> pools, Fakes.FakeDriver driver, Fakes.ManualClock clock)
      throws Exception {
    this(stateDir, pools, driver, clock, Duration.ZERO);
  }

  SchedulerHarness(Path stateDir, List<SchedulerConfig.PoolConfig> pools, Fakes.FakeDriver driver, Fakes.ManualClock clock,
      Duration failoverHold) throws Exception {
    this(stateDir, pools, driver, clock, failoverHold, Runnable::run);
  }

  /** With process starts run by {@code blocking} (a queue a test drains), not at once. */
  SchedulerHarness(Path stateDir, List<SchedulerConfig.PoolConfig> pools, Fakes.FakeDriver driver, Fakes.ManualClock clock,
      Duration failoverHold, java.util.concurrent.Executor blocking) throws Exception {
    this.driver = driver;
    this.clock = clock;
    SchedulerConfig config = new SchedulerConfig(stateDir.resolve("config.yaml"),
        new SchedulerConfig.Runtime(java.util.Optional.empty(), List.of(), java.util.Optional.empty(), false), pools);
    scheduler = Scheduler.create(config, new StateStore(stateDir, Runnable::run), driver, probe, clock,
        Runnable::run, blocking, new PrometheusRegistry(), Duration.ofSeconds(120), failoverHold);
    CompletableFuture<Void> recovered = new Recovery(scheduler).run();
    recovered.get();
  }

  static SchedulerConfig.PoolConfig pool(String app, int warm, int max) {
    return new SchedulerConfig.PoolConfig(app, Path.of(app + ".yaml"), warm, max, Duration.ofSeconds(60), Duration.ofSeconds(30));
  }

  Placement place(String sessionId) throws Exception {
    return scheduler.place("dash", sessionId, null).getNow(null);
  }

  List<String> eventTypes() {
    return scheduler.events(0).stream().map(e -> e.type() + ":" + e.pod()).toList();
  }

  long count(Pod.State state) {
    return scheduler.podList().stream().filter(p -> p.state == state).count();
  }
}
