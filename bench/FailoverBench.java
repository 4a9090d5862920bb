// Failover under steady load: the gateway (warm pool) vs haproxy in front of two pods, a pod
// SIGKILLed per round, interleaved; run by bench/failover.sh (java -cp CP bench/FailoverBench.java ...).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.protocol.client.SessionClient;
import dev.gauntlet.protocol.client.SessionOptions;
import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.rerun.Reruns;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Usage: FailoverBench ROUNDS SESSIONS GATEWAY_URL SCHEDULER_URL WARM HAPROXY_URL JAR SPEC PORT1 PORT2.
 * Each session reruns back to back and reconnects (with a first run) when its socket closes. A
 * round kills the pod serving the sessions and times, per session, kill -> its first successful
 * run after; for the gateway also kill -> the warm pool full again (platform recovery). haproxy's
 * two pods are this program's children, the killed one restarted on its port for the next round.
 */
public final class FailoverBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final BackMsg RERUN = Reruns.first("");

  public static void main(String[] a) throws Exception {
    int rounds = Integer.parseInt(a[0]);
    int sessions = Integer.parseInt(a[1]);
    URI gateway = URI.create(a[2]);
    String scheduler = a[3];
    int warm = Integer.parseInt(a[4]);
    URI haproxy = URI.create(a[5]);
    Pods pods = new Pods(a[6], a[7], new int[] {Integer.parseInt(a[8]), Integer.parseInt(a[9])});
    List<Double> gwFailover = new ArrayList<>(), gwRecovery = new ArrayList<>(), hpFailover = new ArrayList<>();
    int[] gwLost = {0}, hpLost = {0};
    try {
      pods.startBoth();
      List<Session> gw = open(gateway, sessions);
      List<Session> hp = open(haproxy, sessions);
      for (int r = 1; r <= rounds; r++) {
        awaitWarm(scheduler, warm);
        JsonNode victim = busiest(scheduler);
        long kill = System.nanoTime();
        ProcessHandle.of(victim.path("pid").asLong()).ifPresent(ProcessHandle::destroyForcibly);
        double recovery = awaitWarmAfter(scheduler, warm, victim.path("id").asText(), kill);
        List<Double> f = failovers(gw, kill, gwLost);
        trace(r, kill, gw);
        gwFailover.addAll(f);
        gwRecovery.add(recovery);
        System.out.printf("round %2d gateway  failover p50 %6.0f ms  max %6.0f ms  recovery %6.0f ms%n",
            r, pct(f, 50), pct(f, 100), recovery);

        long killHp = System.nanoTime();
        int restarted = pods.killServing();
        List<Double> h = failovers(hp, killHp, hpLost);
        hpFailover.addAll(h);
        pods.restart(restarted);
        System.out.printf("round %2d haproxy  failover p50 %6.0f ms  max %6.0f ms%n", r, pct(h, 50), pct(h, 100));
      }
      gw.forEach(Session::stop);
      hp.forEach(Session::stop);
    } finally {
      pods.stopBoth();
    }
    System.out.printf("%nfailover (the longest gap between a session's successful runs around the kill), %d sessions x %d kills%n",
        sessions, rounds);
    System.out.printf("gateway  p50 %6.0f ms  p99 %6.0f ms  (%d failovers, %d not back within 20 s)%n",
        pct(gwFailover, 50), pct(gwFailover, 99), gwFailover.size(), gwLost[0]);
    System.out.printf("haproxy  p50 %6.0f ms  p99 %6.0f ms  (%d failovers, %d not back within 20 s)%n",
        pct(hpFailover, 50), pct(hpFailover, 99), hpFailover.size(), hpLost[0]);
    System.out.printf("ratio gateway/haproxy  p50 x%.2f  p99 x%.2f%n", pct(gwFailover, 50) / pct(hpFailover, 50),
        pct(gwFailover, 99) / pct(hpFailover, 99));
    System.out.printf("gateway platform recovery (kill -> %d warm pods idle and ready again) p50 %.0f ms  max %.0f ms%n",
        warm, pct(gwRecovery, 50), pct(gwRecovery, 100));
    System.exit(0);
  }

  /** A session rerunning back to back on its own thread; stamps each successful run's end. */
  static final class Session implements Runnable {
    final URI base;
    final List<Long> done = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean stop = new AtomicBoolean();
    Session(URI base) {
      this.base = base;
    }

    public void run() {
      while (!stop.get()) {
        try (SessionClient s = SessionClient.connect(SessionOptions.of(base).withConnectTimeout(Duration.ofSeconds(5))
            .withTrailerWait(Duration.ZERO))) {
          while (!stop.get() && s.isOpen()) {
            if (s.rerun(RERUN).await(Duration.ofSeconds(5)).succeeded()) {
              done.add(System.nanoTime());
            }
          }
        } catch (RuntimeException e) {
          sleep(20); // closed, refused or timed out: reconnect, as a browser tab does
        }
      }
    }

    void stop() {
      stop.set(true);
    }
  }

  static List<Session> open(URI base, int n) {
    List<Session> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Session s = new Session(base);
      Thread t = new Thread(s, "session-" + i);
      t.setDaemon(true);
      t.start();
      out.add(s);
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (out.stream().anyMatch(s -> s.done.isEmpty()) && System.nanoTime() < deadline) {
      sleep(50);
    }
    return out;
  }

  /**
   * Per session, the outage it saw: the longest gap between two successful runs from 1 s before
   * the kill to its first success after the kill took effect (runs in flight may still end on the
   * dying pod: the gap that matters is the one the kill opens), in ms.
   */
  static List<Double> failovers(List<Session> sessions, long kill, int[] lost) {
    long deadline = kill + 20_000_000_000L;
    List<Double> out = new ArrayList<>();
    for (Session s : sessions) {
      Double gap = null;
      while (gap == null && System.nanoTime() < deadline) {
        gap = longestGap(s, kill);
        if (gap == null) {
          sleep(5);
        }
      }
      if (gap == null) {
        lost[0]++;
      } else {
        out.add(gap);
      }
    }
    return out;
  }

  /** The longest gap around the kill once a success came at least 200 ms after the largest gap's end; null before. */
  static Double longestGap(Session s, long kill) {
    long[] gap = gapAround(s, kill);
    return gap == null ? null : gap[0] / 1e6;
  }

  /** {gap, its end} in nanoTime for the longest gap around the kill, once settled (see longestGap); null before. */
  static long[] gapAround(Session s, long kill) {
    List<Long> ends;
    synchronized (s.done) {
      ends = new ArrayList<>(s.done);
    }
    long from = kill - 1_000_000_000L;
    long longest = -1;
    long longestEnd = 0;
    for (int i = 1; i < ends.size(); i++) {
      if (ends.get(i) < from) {
        continue;
      }
      long gap = ends.get(i) - ends.get(i - 1);
      if (gap > longest) {
        longest = gap;
        longestEnd = ends.get(i);
      }
    }
    boolean settled = longest >= 0 && longestEnd > kill && ends.get(ends.size() - 1) - longestEnd > 200_000_000L;
    return settled ? new long[] {longest, longestEnd} : null;
  }

  /** With BENCH_TRACE=FILE: per round, the kill and each session's first run back (epoch ms), for a breakdown. */
  static void trace(int round, long kill, List<Session> sessions) {
    String file = System.getenv("BENCH_TRACE");
    if (file == null || file.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder("round " + round + " kill " + epochMillis(kill) + " back");
    for (Session s : sessions) {
      long[] gap = gapAround(s, kill);
      if (gap != null) {
        line.append(' ').append(epochMillis(gap[1]));
      }
    }
    try {
      Files.writeString(Path.of(file), line + "\n", java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final long EPOCH_OFFSET_NANOS = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

  static long epochMillis(long nanoTime) {
    return (nanoTime + EPOCH_OFFSET_NANOS) / 1_000_000L;
  }

  static JsonNode pods(String scheduler) {
    try {
      return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(scheduler + "/v1/pods")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
    } catch (Exception e) {
      throw new IllegalStateException("GET /v1/pods: " + e, e);
    }
  }

  static JsonNode busiest(String scheduler) {
    JsonNode best = null;
    for (JsonNode p : pods(scheduler)) {
      if (best == null || p.path("sessions").asInt() > best.path("sessions").asInt()) {
        best = p;
      }
    }
    return best;
  }

  static int idleReady(String scheduler, String excluded) {
    int n = 0;
    for (JsonNode p : pods(scheduler)) {
      if (p.path("state").asText().equals("ready") && p.path("sessions").asInt() == 0
          && !p.path("id").asText().equals(excluded)) {
        n++;
      }
    }
    return n;
  }

  static boolean known(String scheduler, String podId) {
    for (JsonNode p : pods(scheduler)) {
      if (p.path("id").asText().equals(podId) && p.path("state").asText().equals("ready")) {
        return true;
      }
    }
    return false;
  }

  static void awaitWarm(String scheduler, int warm) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (idleReady(scheduler, "") < warm && System.nanoTime() < deadline) {
      sleep(50);
    }
    sleep(500); // a steady state: every session rerunning on the same pod for a moment
  }

  /** Kill -> the scheduler knows the pod is gone and again holds {@code warm} idle ready pods. */
  static double awaitWarmAfter(String scheduler, int warm, String killed, long kill) {
    long deadline = kill + 60_000_000_000L;
    while ((known(scheduler, killed) || idleReady(scheduler, killed) < warm) && System.nanoTime() < deadline) {
      sleep(50); // each poll costs the scheduler ~2 ms CPU: every 10 ms took ~20% of a core from the failover
    }
    return (System.nanoTime() - kill) / 1e6;
  }

  /** haproxy's two standalone pods on fixed ports. */
  static final class Pods {
    final String jar;
    final String spec;
    final int[] ports;
    final Process[] procs = new Process[2];
    int serving;

    Pods(String jar, String spec, int[] ports) {
      this.jar = jar;
      this.spec = spec;
      this.ports = ports;
    }

    void startBoth() throws Exception {
      start(0);
      start(1);
    }

    void start(int i) throws Exception {
      Path portFile = Files.createTempFile("failover-bench", ".port");
      Files.delete(portFile);
      procs[i] = new ProcessBuilder("java", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
          "-cp", jar, "dev.gauntlet.platform.Main", "runtime", "--app-spec", spec, "--port", Integer.toString(ports[i]),
          "--port-file", portFile.toString(), "--owner-pid", Long.toString(ProcessHandle.current().pid()))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      while (!Files.exists(portFile)) {
        sleep(20);
      }
      Files.delete(portFile);
      sleep(1000); // haproxy's health check (every 200 ms, rise 2) sees it up again
    }

    /** Kills the pod haproxy sends sessions to ({@code balance first}: the lower one that is up). */
    int killServing() {
      int victim = serving;
      procs[victim].destroyForcibly();
      serving = 1 - victim;
      return victim;
    }

    void restart(int i) throws Exception {
      procs[i].waitFor();
      start(i);
    }

    void stopBoth() {
      for (Process p : procs) {
        if (p != null) {
          p.destroyForcibly();
        }
      }
    }
  }

  static double pct(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.max(0, Math.ceil(p / 100 * sorted.size()) - 1));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
