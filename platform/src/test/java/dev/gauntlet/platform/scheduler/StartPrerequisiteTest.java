package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pod that waits for the class-data archive: the wait is a phase of its own, with its event and
 * deadline, and the pool's start timeout counts only from the moment the pod's process runs.
 */
class StartPrerequisiteTest {

  private static final long START_TIMEOUT = 2_000;

  @TempDir Path dir;
  private final CompletableFuture<Void> archive = new CompletableFuture<>();

  private SchedulerHarness harness() throws Exception {
    Fakes.FakeDriver driver = new Fakes.FakeDriver();
    driver.prerequisite = new StartPrerequisite("the class-data archive", "waiting_for_archive", archive,
        Duration.ofSeconds(20), "see /tmp/state/cds/cds-training.log");
    SchedulerConfig.PoolConfig pool = new SchedulerConfig.PoolConfig("dash", Path.of("dash.yaml"), 0, 5,
        Duration.ofSeconds(60), Duration.ofMillis(START_TIMEOUT));
    return new SchedulerHarness(dir, List.of(pool), driver, new Fakes.ManualClock());
  }

  @Test
  void anArchiveWaitLongerThanTheStartTimeoutDoesNotTimeThePodOut() throws Exception {
    SchedulerHarness h = harness();
    h.probe.fallback = 503;
    CompletableFuture<Placement> placed = h.scheduler.place("dash", "a", null);
    String pod = h.scheduler.podList().get(0).id;
    assertThat(h.eventTypes()).containsExactly("waiting_for_archive:" + pod);
    assertThat(h.driver.byId).as("no process while the archive is being made").isEmpty();

    h.clock.advance(5 * START_TIMEOUT);
    h.scheduler.tick();
    assertThat(placed).isNotDone();
    archive.complete(null);
    assertThat(h.driver.byId).containsOnlyKeys(pod);
    assertThat(h.eventTypes()).containsExactly("waiting_for_archive:" + pod, "created:" + pod);

    h.clock.advance(START_TIMEOUT - 1);
    h.scheduler.tick();
    assertThat(placed).as("the start timeout counts from the process start").isNotDone();
    h.probe.fallback = 200;
    h.scheduler.tick();
    assertThat(placed.join().waitMillis()).isEqualTo(6 * START_TIMEOUT - 1);
  }

  @Test
  void aPodStillWaitingAtTheArchiveDeadlineFailsItsPlacementNamingTheArchiveAndItsLog() throws Exception {
    SchedulerHarness h = harness();
    CompletableFuture<Placement> placed = h.scheduler.place("dash", "a", null);
    String pod = h.scheduler.podList().get(0).id;
    h.clock.advance(19_999);
    h.scheduler.tick();
    assertThat(placed).isNotDone();

    h.clock.advance(1);
    h.scheduler.tick();
    PlacementException e = (PlacementException) placed.handle((p, t) -> t).join();
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.getMessage()).isEqualTo("pod " + pod + " failed: the class-data archive was not ready after 20s; "
        + "see /tmp/state/cds/cds-training.log");
    assertThat(h.eventTypes()).containsExactly("waiting_for_archive:" + pod, "unhealthy:" + pod);
    archive.complete(null);
    assertThat(h.driver.byId).as("a pod given up on never gets a process").isEmpty();
  }

  @Test
  void aPodWhoseProcessCannotStartNamesTheSchedulersLog() throws Exception {
    Fakes.FakeDriver driver = new Fakes.FakeDriver();
    driver.createFailure = "Cannot run program \"/no/java\": error=2, No such file or directory";
    java.util.ArrayDeque<Runnable> starts = new java.util.ArrayDeque<>();
    SchedulerHarness h = new SchedulerHarness(dir, List.of(SchedulerHarness.pool("dash", 0, 5)), driver,
        new Fakes.ManualClock(), Duration.ZERO, starts::add);
    CompletableFuture<Placement> placed = h.scheduler.place("dash", "a", null);
    starts.remove().run();
    PlacementException e = (PlacementException) placed.handle((p, t) -> t).join();
    assertThat(e.getMessage()).contains("cannot start: Cannot run program \"/no/java\"", "see the scheduler's log");
  }
}
