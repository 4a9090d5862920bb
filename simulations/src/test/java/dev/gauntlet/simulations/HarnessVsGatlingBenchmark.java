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
import dev.gauntlet.simulations.raw.RawGatlingSimulation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;

/**
 * The harness vs plain Gatling (RawGatlingSimulation, no Gauntlet code) doing the same flow against
 * the same deployment at the same load, interleaved (harness, raw, harness, raw...): this JVM's
 * CPU per 1,000 interactions over the first half of the hold, and heap per session after a GC at
 * mid-hold; medians and the ratio, the first round (JIT warm-up) not counted. Prints, asserts nothing. Run with
 * {@code ./mvnw -o -B -pl harness,simulations verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=HarnessVsGatlingBenchmark -Dbench.users=200} (also bench.rounds, bench.holdMillis).
 */
class HarnessVsGatlingBenchmark {

  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void harnessAgainstRawGatling() throws Exception {
    int users = Integer.getInteger("bench.users", 200);
    int rounds = Integer.getInteger("bench.rounds", 3);
    long ramp = Long.getLong("bench.rampMillis", Math.max(10_000, users * 12L));
    long hold = Long.getLong("bench.holdMillis", 30_000);
    Path work = Files.createTempDirectory("gauntlet-bench-raw-");
    SchedulerSettings scheduler = new SchedulerSettings(Duration.ofSeconds(1), 10, Duration.ofSeconds(120), Duration.ofSeconds(30));
    LocalTarget target = new LocalTarget(2, 0, scheduler,
        List.of(new AppPool("light", RunFiles.home().resolve("apps/light.yaml"), 2, 1000,
            Duration.ofSeconds(600), Duration.ofSeconds(60))),
        new RuntimeSettings(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k")));
    List<double[]> harness = new ArrayList<>();
    List<double[]> raw = new ArrayList<>();
    try (Deployment deployment = Deployments.local(target, work.resolve("state"))) {
      String gateway = deployment.start().gateways().get(0).toString().replaceAll("/$", "");
      for (int r = 1; r <= rounds; r++) {
        Path runDir = work.resolve("harness-" + r);
        Plan plan = new Plan("bench", "raw-vs-harness", 42, runDir.toString(), LoadModel.CLOSED, users, 0, ramp, hold,
            ramp + hold, 100_000, new Plan.ThinkTime("uniform", 2_000, 4_000, 0), 10_000, 15_000, List.of(gateway),
            List.of(new Plan.App("light", "/apps/light", 1, List.of(new Plan.Widget("n", "slider", List.of(1, 2, 3))))));
        harness.add(measure("harness", users, ramp, hold,
            () -> GatlingLauncher.run(RunFiles.write(plan), runDir), () -> interactions(runDir)));
        System.setProperty("raw.gateway", gateway);
        System.setProperty("raw.users", Integer.toString(users));
        System.setProperty("raw.rampMillis", Long.toString(ramp));
        System.setProperty("raw.holdMillis", Long.toString(hold));
        String[] args = {"-s", RawGatlingSimulation.class.getName(), "-rf", work.resolve("raw-" + r).toString(),
            "-rd", "raw", "-l", "raw"};
        raw.add(measure("raw gatling", users, ramp, hold,
            () -> io.gatling.app.Gatling$.MODULE$.fromArgs(args), RawGatlingSimulation.RUNS::get));
      }
    }
    if (rounds > 1) { // the first round is JIT warm-up for both (C2 compiling Gatling, Netty, protobuf): not counted
      harness.remove(0);
      raw.remove(0);
    }
    double h = median(harness, 0), g = median(raw, 0), hh = median(harness, 1), gh = median(raw, 1);
    System.out.printf("%nBENCH harness vs raw Gatling, %d users, %d rounds counted (medians)%n", users, harness.size());
    System.out.printf("cpu ms per 1,000 interactions  harness %.1f  raw gatling %.1f  ratio x%.2f%n", h, g, h / g);
    System.out.printf("heap KiB per session           harness %.1f  raw gatling %.1f  ratio x%.2f%n", hh, gh, hh / gh);
  }

  /** Runs one load; returns {cpu ms per 1,000 interactions, heap KiB per session}. */
  private static double[] measure(String who, int users, long ramp, long hold, java.util.function.IntSupplier run,
      LongSupplier interactions) throws Exception {
    System.gc();
    long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(run::getAsInt);
    // measuring points of a benchmark, not waits for state: the hold's start and its middle
    Thread.sleep(ramp + 2_000);
    Recording jfr = profile(who);
    Map<String, Long> threads0 = ThreadCpu.ticksByKind();
    long cpu0 = OS.getProcessCpuTime();
    long countCpu0 = THREADS.getCurrentThreadCpuTime();
    long n0 = interactions.getAsLong();
    long countCpu = THREADS.getCurrentThreadCpuTime() - countCpu0; // reading the journal is the benchmark's, not the load's
    Thread.sleep(hold / 2);
    long cpu = OS.getProcessCpuTime() - cpu0 - countCpu;
    String threads = ThreadCpu.since(threads0);
    stop(jfr, who);
    long n = interactions.getAsLong() - n0;
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() - heapBefore;
    int code = running.join();
    double[] out = {cpu / 1e6 / Math.max(1, n) * 1000, heap / 1024.0 / users};
    System.out.printf("BENCH %-12s exit %d interactions in window %d  cpu ms/1,000 %.1f  heap KiB/session %.1f%n",
        who, code, n, out[0], out[1]);
    System.out.printf("BENCH %-12s cpu ms in window by thread: %s%n", who, threads);
    return out;
  }

  /** With -Dbench.jfr=DIR, a JFR recording (the profile settings) of the measured window; else null. */
  private static Recording profile(String who) throws Exception {
    if (System.getProperty("bench.jfr") == null) {
      return null;
    }
    Recording r = new Recording(Configuration.getConfiguration("profile"));
    r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2)); // the load is light: sample more often
    r.start();
    return r;
  }

  private static void stop(Recording r, String who) throws Exception {
    if (r == null) {
      return;
    }
    Path dir = Files.createDirectories(Path.of(System.getProperty("bench.jfr")));
    r.stop();
    Path file = dir.resolve(who.replace(' ', '-') + "-" + System.currentTimeMillis() + ".jfr");
    r.dump(file);
    r.close();
    System.out.println("BENCH profile " + file);
  }

  private static long interactions(Path runDir) {
    try {
      List<JsonNode> journal = RunFiles.journal(runDir);
      return journal.stream().filter(l -> (l.path("type").asText().equals("first_render")
          || l.path("type").asText().equals("rerun")) && l.path("ok").asBoolean(true)).count();
    } catch (Exception e) {
      return 0;
    }
  }

  private static double median(List<double[]> rows, int column) {
    double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
