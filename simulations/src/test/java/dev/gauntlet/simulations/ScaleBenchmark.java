package dev.gauntlet.simulations;

import static dev.gauntlet.simulations.RunFiles.ofType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.load.GatlingLauncher;
import dev.gauntlet.load.Plan;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The scale benchmark (not a test: it prints figures, asserts nothing timed): {@code bench.users}
 * concurrent sessions on the light app from this one JVM. Run with
 * {@code ./mvnw -o -B -pl harness,simulations verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScaleBenchmark -Dbench.users=500} (also bench.holdMillis, bench.rampMillis,
 * bench.thinkMinMillis, bench.thinkMaxMillis, bench.sessionsPerPod). Heap per session is measured
 * after a GC in the middle of the hold; CPU per 1,000 interactions over the first half of the hold
 * (the harness JVM's process CPU time: Gatling and the virtual users, not the platform).
 */
class ScaleBenchmark {

  @Test
  void holdSessions() throws Exception {
    int users = Integer.getInteger("bench.users", 500);
    int perPod = Integer.getInteger("bench.sessionsPerPod", 500);
    int pods = Math.max(2, (users + perPod - 1) / perPod + 1);
    long rampMillis = Long.getLong("bench.rampMillis", Math.max(10_000, users * 12L));
    long holdMillis = Long.getLong("bench.holdMillis", 30_000);
    long thinkMin = Long.getLong("bench.thinkMinMillis", 2_000);
    long thinkMax = Long.getLong("bench.thinkMaxMillis", 4_000);
    Path work = Files.createTempDirectory("gauntlet-bench-");
    // a pod starved of CPU by the load generator on the same 2 cores is slow, not dead: tolerate 10 missed checks
    SchedulerSettings scheduler = new SchedulerSettings(Duration.ofSeconds(1), 10, Duration.ofSeconds(120), Duration.ofSeconds(30));
    LocalTarget target = new LocalTarget(2, 0, scheduler,
        List.of(new AppPool("light", RunFiles.home().resolve("apps/light.yaml"), pods, perPod,
            Duration.ofSeconds(600), Duration.ofSeconds(60))),
        new RuntimeSettings(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k")));
    try (Deployment deployment = Deployments.local(target, work.resolve("state"))) {
      List<String> gateways = deployment.start().gateways().stream().map(URI::toString).toList();
      Path runDir = work.resolve("run");
      Plan plan = new Plan("bench", "scale", 42, runDir.toString(), LoadModel.CLOSED, users, 0, rampMillis, holdMillis,
          rampMillis + holdMillis, 100_000, new Plan.ThinkTime("uniform", thinkMin, thinkMax, 0), 10_000, 15_000, gateways,
          List.of(new Plan.App("light", "/apps/light", 1, List.of(new Plan.Widget("n", "slider", List.of(1, 2, 3))))));
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> GatlingLauncher.run(RunFiles.write(plan), runDir));
      // measuring points of a benchmark, not waits for state: the hold's start and its middle
      Thread.sleep(rampMillis + 2_000);
      long cpuHoldStart = os.getProcessCpuTime();
      long holdStartMillis = System.currentTimeMillis();
      Thread.sleep(holdMillis / 2);
      long cpuHoldNanos = os.getProcessCpuTime() - cpuHoldStart;
      long holdMidMillis = System.currentTimeMillis();
      List<JsonNode> atHold = RunFiles.journal(runDir);
      long held = ofType(atHold, "session_started").size() - ofType(atHold, "session_ended").size();
      long holdInteractions = atHold.stream().filter(l -> (l.path("type").asText().equals("first_render")
          || l.path("type").asText().equals("rerun")) && l.path("t").asLong() >= holdStartMillis
          && l.path("t").asLong() < holdMidMillis).count();
      System.gc();
      long heapAtHold = memory.getHeapMemoryUsage().getUsed();
      int code = running.join();
      long cpuNanos = cpuHoldNanos;
      List<JsonNode> journal = RunFiles.journal(runDir);
      long ok = journal.stream().filter(l -> (l.path("type").asText().equals("first_render")
          || l.path("type").asText().equals("rerun")) && l.path("ok").asBoolean()).count();
      long all = ofType(journal, "first_render").size() + ofType(journal, "rerun").size();
      System.out.printf("%nBENCH users=%d exit=%d sessionsHeld=%d interactions=%d ok=%d success=%.4f%%"
          + " heapPerSessionKiB=%.1f cpuMsPer1000Interactions=%.1f lost=%d%n",
          users, code, held, all, ok, 100.0 * ok / Math.max(1, all),
          (heapAtHold - heapBefore) / 1024.0 / Math.max(1, held), cpuNanos / 1e6 / Math.max(1, holdInteractions) * 1000,
          ofType(journal, "session_lost").size());
    }
  }
}
