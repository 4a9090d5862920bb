// Rerun round trips against several endpoints of the same runtime pod, interleaved round by round;
// run by bench/proxy.sh with the project's classpath (java -cp CP bench/RerunBench.java ...).
import dev.gauntlet.protocol.client.PendingRun;
import dev.gauntlet.protocol.client.SessionClient;
import dev.gauntlet.protocol.client.SessionOptions;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.rerun.Reruns;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Usage: RerunBench ROUNDS SERIAL_RERUNS SECONDS LEVELS name=baseUrl... (LEVELS e.g. "100,1000").
 * Per round and endpoint: p50/p99 of SERIAL_RERUNS reruns one at a time on one session, then per
 * level that many sessions rerunning back to back for SECONDS: reruns/s, error %, p99. Ends with
 * the medians over rounds and each endpoint's ratio to the first one named. {@code name=url@pid}
 * also counts that process's CPU (and its children's) per 1,000 reruns at each level.
 */
public final class RerunBench {
  static final BackMsg RERUN = Reruns.first("");
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(5);
  static final HttpClient HTTP = HttpClient.newBuilder()
      .executor(Executors.newFixedThreadPool(2, r -> { // daemons: a run that fails must end the JVM, not hang it
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
      })).build();

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    int serial = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int[] levels = Arrays.stream(args[3].split(",")).filter(s -> !s.isBlank()).mapToInt(Integer::parseInt).toArray();
    Map<String, URI> targets = new LinkedHashMap<>();
    Map<String, Long> pids = new LinkedHashMap<>();
    for (int i = 4; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      String[] urlPid = kv[1].split("@", 2);
      targets.put(kv[0], URI.create(urlPid[0]));
      pids.put(kv[0], urlPid.length > 1 ? Long.parseLong(urlPid[1]) : -1L);
    }
    Map<String, List<Double>> figures = new LinkedHashMap<>();
    targets.forEach((name, uri) -> serialRun(uri, 100)); // warm every path (and the JITs) first
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, URI> t : targets.entrySet()) {
        long[] lat = serialRun(t.getValue(), serial);
        record(figures, "1 session p50 us|" + t.getKey(), pct(lat, 50) / 1e3);
        record(figures, "1 session p99 us|" + t.getKey(), pct(lat, 99) / 1e3);
        System.out.printf("round %d %-8s 1 session    p50 %7.0f us  p99 %7.0f us%n", round, t.getKey(),
            pct(lat, 50) / 1e3, pct(lat, 99) / 1e3);
      }
      for (int level : levels) {
        for (Map.Entry<String, URI> t : targets.entrySet()) {
          long pid = pids.get(t.getKey());
          double cpuBefore = cpuSeconds(pid);
          double[] r = concurrentRun(t.getValue(), level, seconds);
          double cpuMsPer1k = (cpuSeconds(pid) - cpuBefore) * 1e3 / Math.max(1, r[3]) * 1e3;
          record(figures, level + " sessions reruns/s|" + t.getKey(), r[0]);
          record(figures, level + " sessions errors %|" + t.getKey(), r[1]);
          record(figures, level + " sessions p99 ms|" + t.getKey(), r[2]);
          record(figures, level + " sessions cpu ms/1k|" + t.getKey(), cpuMsPer1k);
          System.out.printf("round %d %-8s %4d sessions %8.0f reruns/s  errors %5.2f%%  p99 %7.1f ms"
              + "  cpu %6.0f ms per 1,000 reruns (pid %d and children)%n",
              round, t.getKey(), level, r[0], r[1], r[2], cpuMsPer1k, pid);
        }
      }
    }
    printMedians(figures, targets.keySet().iterator().next());
    System.exit(0);
  }

  static void record(Map<String, List<Double>> figures, String key, double value) {
    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  static void printMedians(Map<String, List<Double>> figures, String base) {
    System.out.printf("%nmedians over rounds (ratio = endpoint / %s)%n", base);
    Map<String, Double> medians = new LinkedHashMap<>();
    figures.forEach((k, v) -> medians.put(k, median(v)));
    medians.forEach((key, value) -> {
      String[] parts = key.split("\\|");
      Double baseValue = medians.get(parts[0] + "|" + base);
      String ratio = baseValue == null || baseValue == 0 ? "" : String.format("x%.2f", value / baseValue);
      System.out.printf("%-24s %-8s %10.1f  %s%n", parts[0], parts[1], value, ratio);
    });
  }

  /** One session: a first run, then {@code n} reruns one at a time; latencies in ns. */
  static long[] serialRun(URI base, int n) {
    try (SessionClient s = open(base).join()) {
      s.rerun(RERUN).await(RUN_TIMEOUT);
      long[] lat = new long[n];
      for (int i = 0; i < n; i++) {
        lat[i] = s.rerun(RERUN).await(RUN_TIMEOUT).rerunLatency().toNanos();
      }
      return lat;
    }
  }

  /** {@code sessions} sessions rerunning back to back: {reruns/s, error %, p99 ms}. */
  static double[] concurrentRun(URI base, int sessions, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    List<CompletableFuture<SessionClient>> opened = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      opened.add(open(base).thenCompose(s -> s.rerun(RERUN).future().orTimeout(30, TimeUnit.SECONDS)
          .thenApply(r -> s)));
      if (i % 50 == 49) {
        Thread.sleep(20); // a ramp: 1,000 handshakes at once only measures the accept queue
      }
    }
    List<SessionClient> clients = new ArrayList<>();
    for (CompletableFuture<SessionClient> f : opened) {
      try {
        clients.add(f.get(60, TimeUnit.SECONDS));
      } catch (Exception e) {
        errors.incrementAndGet();
      }
    }
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    List<CompletableFuture<Void>> loops = new ArrayList<>();
    for (SessionClient s : clients) {
      loops.add(loop(s, end, lat, errors));
    }
    CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(seconds + 30L, TimeUnit.SECONDS);
    double took = (System.nanoTime() - start) / 1e9;
    clients.forEach(SessionClient::abort);
    long[] all = lat.stream().mapToLong(Long::longValue).toArray();
    long total = all.length + errors.get();
    return new double[] {all.length / took, total == 0 ? 100 : 100.0 * errors.get() / total, pct(all, 99) / 1e6,
        all.length};
  }

  static CompletableFuture<Void> loop(SessionClient s, long end, ConcurrentLinkedQueue<Long> lat, AtomicLong errors) {
    if (System.nanoTime() >= end) {
      return CompletableFuture.completedFuture(null);
    }
    PendingRun run = s.rerun(RERUN);
    return run.future().orTimeout(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).handle((r, e) -> {
      if (e == null && r.succeeded()) {
        lat.add(r.rerunLatency().toNanos());
        return true;
      }
      errors.incrementAndGet();
      return s.isOpen();
    }).thenCompose(again -> again ? loop(s, end, lat, errors) : CompletableFuture.completedFuture(null));
  }

  static CompletableFuture<SessionClient> open(URI base) {
    SessionOptions options = SessionOptions.of(base).withTrailerWait(Duration.ZERO);
    return SessionClient.connectAsync(options, HTTP, m -> { }, new dev.gauntlet.protocol.cache.RefHashCache());
  }

  /** CPU seconds (user + system) of a process and its descendants, from /proc; 0 without a pid. */
  static double cpuSeconds(long pid) {
    if (pid < 0) {
      return 0;
    }
    List<Long> all = new ArrayList<>(List.of(pid));
    ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> all.add(d.pid())));
    double total = 0;
    for (long p : all) {
      try {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + p + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks
      } catch (java.io.IOException | RuntimeException e) {
        // gone meanwhile
      }
    }
    return total;
  }

  static double pct(long[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
  }

  static double median(List<Double> v) {
    double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
