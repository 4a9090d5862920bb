package dev.gauntlet.platform.scheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A fake pod driver, health probe and clock: the scheduler's logic without processes or sleeps. */
final class Fakes {

  private Fakes() {}

  /** Time that moves only when a test says so. */
  static final class ManualClock extends Clock {
    long millis = 1_000_000;

    void advance(long ms) {
      millis += ms;
    }

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static final class FakePod implements PodHandle {
    final long pid;
    final String endpoint;
    final CompletableFuture<String> exit = new CompletableFuture<>();
    String stoppedWith;
    /** Died while no scheduler watched: nobody heard its exit. */
    boolean diedUnseen;

    FakePod(long pid) {
      this.pid = pid;
      this.endpoint = "http://127.0.0.1:" + (20000 + pid);
    }

    @Override public long pid() { return pid; }
    @Override public long pidStartedAt() { return 42; }
    @Override public Optional<String> endpoint() { return Optional.of(endpoint); }
    @Override public boolean isAlive() { return !exit.isDone() && !diedUnseen; }
    @Override public CompletableFuture<String> onExit() { return exit; }
    @Override public String logHint() { return "see pods/" + pid + ".log"; }

    @Override
    public void stop(boolean forced) {
      stoppedWith = forced ? "SIGKILL" : "SIGTERM";
      exit.complete(forced ? "exit status 137" : "exit status 143");
    }
  }

  /** Pods are fake handles; all pods it ever made stay findable for adoption by pid. */
  static final class FakeDriver implements PodDriver {
    final Map<String, FakePod> byId = new LinkedHashMap<>();
    final Map<Long, FakePod> byPid = new HashMap<>();
    long nextPid = 100;
    /** What pods wait for before they are created (the class-data archive), when a test sets one. */
    StartPrerequisite prerequisite;
    /** The error every create throws, when a test sets one (a java that cannot be run). */
    String createFailure;

    @Override
    public Optional<StartPrerequisite> prerequisite() {
      return Optional.ofNullable(prerequisite);
    }

    @Override
    public PodHandle create(PodRequest request) throws java.io.IOException {
      if (createFailure != null) {
        throw new java.io.IOException(createFailure);
      }
      FakePod pod = new FakePod(nextPid++);
      byId.put(request.podId(), pod);
      byPid.put(pod.pid, pod);
      return pod;
    }

    @Override
    public Optional<PodHandle> adopt(PodRecord record) {
      return Optional.ofNullable(byPid.get(record.pid())).filter(FakePod::isAlive).map(p -> p);
    }
  }

  /** Answers 200 unless an endpoint is set otherwise; -1 means connection refused. */
  static final class FakeProbe implements HealthProbe {
    final Map<String, Integer> status = new HashMap<>();
    /** Endpoints whose probes stay unanswered until the test completes this future. */
    final Map<String, CompletableFuture<Integer>> held = new HashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
    int fallback = 200;

    @Override
    public CompletableFuture<Integer> status(String endpoint) {
      calls.merge(endpoint, 1, Integer::sum);
      if (held.containsKey(endpoint)) {
        return held.get(endpoint);
      }
      int s = status.getOrDefault(endpoint, fallback);
      return s < 0 ? CompletableFuture.failedFuture(new java.net.ConnectException("Connection refused"))
          : CompletableFuture.completedFuture(s);
    }
  }
}
