package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scheduler does while a failed pod's sessions fail over: one probe, and no pod start in their way. */
class FailoverPlacementTest {

  @TempDir Path dir;

  private SchedulerHarness harness(int warm, Duration hold) throws Exception {
    return new SchedulerHarness(dir, List.of(SchedulerHarness.pool("dash", warm, 50)), new Fakes.FakeDriver(),
        new Fakes.ManualClock(), hold);
  }

  /** Three sessions on one pod, the pool topped up again behind them; returns that pod's id. */
  private String busyPod(SchedulerHarness h) throws Exception {
    h.scheduler.tick();
    String busy = h.place("a").podId();
    h.place("b");
    h.place("c");
    h.scheduler.tick();
    assertThat(h.count(Pod.State.READY)).isEqualTo(3);
    return busy;
  }

  @Test
  void theWarmTopUpWaitsForTheHoldWhileAFailedPodsSessionsMove() throws Exception {
    SchedulerHarness h = harness(2, Duration.ofMillis(750));
    String busy = busyPod(h);
    h.driver.byId.get(busy).exit.complete("exit status 137");
    List<String> landed = List.of(h.scheduler.place("dash", "a", busy).join().podId(),
        h.scheduler.place("dash", "b", busy).join().podId(), h.scheduler.place("dash", "c", busy).join().podId());
    assertThat(landed).doesNotContain(busy).containsOnly(landed.get(0));
    assertThat(h.driver.byId).as("no pod start while they fail over").hasSize(3);
    h.clock.advance(749);
    h.scheduler.tick();
    assertThat(h.driver.byId).hasSize(3);
    h.clock.advance(1);
    h.scheduler.tick();
    assertThat(h.driver.byId).as("the hold over: the pool is topped up to 2 idle pods").hasSize(4);
  }

  @Test
  void withoutAHoldTheWarmPoolIsToppedUpAsTheFirstSessionLands() throws Exception {
    SchedulerHarness h = harness(2, Duration.ZERO);
    String busy = busyPod(h);
    h.driver.byId.get(busy).exit.complete("exit status 137");
    h.scheduler.place("dash", "a", busy).join();
    assertThat(h.driver.byId).hasSize(4);
  }

  @Test
  void anIdlePodThatFailsIsReplacedAtOnceHoldOrNot() throws Exception {
    SchedulerHarness h = harness(1, Duration.ofMillis(750));
    h.scheduler.tick();
    String idle = h.scheduler.podList().get(0).id;
    h.driver.byId.get(idle).exit.complete("exit status 137");
    assertThat(h.driver.byId).as("no session was failing over: nothing to hold for").hasSize(2);
    assertThat(h.eventTypes()).contains("replaced:" + idle);
  }

  @Test
  void oneProbeAnswersEverySessionThatReportsTheSamePod() throws Exception {
    SchedulerHarness h = harness(2, Duration.ZERO);
    String busy = busyPod(h);
    String endpoint = h.driver.byId.get(busy).endpoint;
    CompletableFuture<Integer> probe = new CompletableFuture<>();
    h.probe.held.put(endpoint, probe);
    int readiness = h.probe.calls.get(endpoint);
    List<CompletableFuture<Placement>> moving = List.of(h.scheduler.place("dash", "a", busy),
        h.scheduler.place("dash", "b", busy), h.scheduler.place("dash", "c", busy));
    assertThat(moving).noneMatch(CompletableFuture::isDone);
    assertThat(h.probe.calls.get(endpoint) - readiness).as("probes of the reported pod").isEqualTo(1);

    probe.completeExceptionally(new java.net.ConnectException("Connection refused"));
    assertThat(moving).allMatch(f -> f.isDone() && !f.join().podId().equals(busy));
    assertThat(h.eventTypes()).containsOnlyOnce("unhealthy:" + busy, "killed:" + busy);
  }
}
