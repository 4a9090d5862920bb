package dev.gauntlet.run;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Pod;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples what a deployment uses during one capacity step, every second: the most runtime pods with
 * sessions attached at once, and each process's CPU seconds (gateways, scheduler, every pod seen) from its
 * first to its last sample. Mutable: started and closed once per step.
 */
final class ResourceSampler implements AutoCloseable {

  private final Deployment deployment;
  private final Map<String, Double> firstCpu = new HashMap<>();
  private final Map<String, Double> lastCpu = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-capacity-resources");
    t.setDaemon(true);
    return t;
  });
  private int podsInUse;
  private boolean baseline = true;

  ResourceSampler(Deployment deployment) {
    this.deployment = deployment;
  }

  synchronized void start() {
    sample(); // the processes' CPU before the step's load
    baseline = false;
    timer.scheduleWithFixedDelay(this::sampleQuietly, 1, 1, TimeUnit.SECONDS);
  }

  private void sampleQuietly() {
    try {
      sample();
    } catch (RuntimeException e) {
      // the scheduler may be restarting: the next second samples again
    }
  }

  private synchronized void sample() {
    for (ComponentProcess p : deployment.processes()) {
      cpu(p.component(), p.pid());
    }
    int inUse = 0;
    for (Pod pod : deployment.pods()) {
      cpu(pod.id(), pod.pid());
      inUse += pod.sessions() > 0 ? 1 : 0;
    }
    podsInUse = Math.max(podsInUse, inUse);
  }

  private void cpu(String id, long pid) {
    OptionalDouble seconds = ProcessCpu.seconds(pid);
    if (seconds.isPresent()) {
      // a pod first seen mid-step started during it: all its CPU so far is the step's
      firstCpu.putIfAbsent(id, baseline ? seconds.getAsDouble() : 0.0);
      lastCpu.put(id, seconds.getAsDouble());
    }
  }

  /** Stops sampling (after one last sample) and says what the step used. */
  synchronized StepJudge.Resources close(int gateways) {
    timer.shutdownNow();
    try {
      sample();
    } catch (RuntimeException e) {
      // the last reading stands
    }
    Map<String, Double> used = new HashMap<>();
    lastCpu.forEach((id, last) -> used.put(id, Math.round((last - firstCpu.get(id)) * 100) / 100.0));
    return new StepJudge.Resources(podsInUse, gateways, used);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
