package dev.gauntlet.chaos;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fires a scenario's experiments at their offsets on one daemon thread during the run; closing it
 * (at the run's end) interrupts a running experiment, whose rollbacks still run, and fires no more.
 */
public final class ChaosSchedule implements AutoCloseable {

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-chaos");
    t.setDaemon(true); // never keeps the JVM up
    return t;
  });
  private final ExperimentRunner runner;
  private final Consumer<String> log;

  private ChaosSchedule(ExperimentRunner runner, Consumer<String> log) {
    this.runner = runner;
    this.log = log;
  }

  /** Schedules every firing of {@code entries}, offsets counted from now (the start of load). */
  public static ChaosSchedule start(List<ScheduledExperiment> entries, ExperimentRunner runner, Consumer<String> log) {
    ChaosSchedule schedule = new ChaosSchedule(runner, log);
    for (ScheduledExperiment e : entries) {
      for (int i = 0; i < e.times(); i++) {
        long offsetMillis = e.at().plus(e.every().multipliedBy(i)).toMillis();
        schedule.executor.schedule(() -> schedule.fire(e.experiment()), offsetMillis, TimeUnit.MILLISECONDS);
      }
    }
    return schedule;
  }

  private void fire(Experiment experiment) {
    try {
      log.accept("chaos: " + experiment.name() + " (" + experiment.title() + ")");
      boolean held = runner.run(experiment);
      log.accept("chaos: " + experiment.name() + " ended, steady state " + (held ? "held" : "deviated"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.accept("chaos: " + experiment.name() + " failed: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        log.accept("chaos: an experiment did not stop within 10s of the run's end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
