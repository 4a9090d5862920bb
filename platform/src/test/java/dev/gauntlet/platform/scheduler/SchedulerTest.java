package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {

  @TempDir Path dir;

  private SchedulerHarness harness(int warm, int max) throws Exception {
    return new SchedulerHarness(dir, List.of(SchedulerHarness.pool("dash", warm, max)), new Fakes.FakeDriver(), new Fakes.ManualClock());
  }

  @Test
  void warmPoolIsStartedAndPlacementsTakeItWarmThenFillTheBusiestPodFirstWithRoom() throws Exception {
    SchedulerHarness h = harness(2, 2);
    assertThat(h.driver.byId).hasSize(2);
    h.scheduler.tick();
    assertThat(h.count(Pod.State.READY)).isEqualTo(2);

    Placement a = h.place("a");
    Placement b = h.place("b");
    assertThat(a.cold()).isFalse();
    assertThat(b.podId()).as("a pod with room beats an idle one").isEqualTo(a.podId());
    assertThat(h.driver.byId).as("topped up to 2 idle pods").hasSize(3);
    h.scheduler.tick();
    Placement c = h.place("c");
    assertThat(c.podId()).as("full pod (2 sessions) is skipped").isNotEqualTo(a.podId());
    assertThat(c.cold()).isFalse();
  }

  @Test
  void burstOnAnEmptyPoolStartsOnePodPerMaxSessionsNotOnePerSession() throws Exception {
    SchedulerHarness h = harness(0, 10);
    h.probe.fallback = 503;
    List<CompletableFuture<Placement>> burst = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      burst.add(h.scheduler.place("dash", "s" + i, null));
    }
    assertThat(h.driver.byId).hasSize(5);
    assertThat(burst).noneMatch(CompletableFuture::isDone);
    h.clock.advance(700);
    h.probe.fallback = 200;
    h.scheduler.tick();
    assertThat(burst).allMatch(f -> f.isDone() && f.join().cold() && f.join().waitMillis() == 700);
    Set<String> pods = burst.stream().map(f -> f.join().podId()).collect(Collectors.toSet());
    assertThat(pods).hasSize(5);
    assertThat(h.eventTypes().stream().filter(e -> e.startsWith("ready:"))).hasSize(5);
  }

  @Test
  void aSessionBelongsToItsViewerAnotherViewersReattachIsRefused() throws Exception {
    SchedulerHarness h = harness(0, 5);
    h.clock.advance(1);
    CompletableFuture<Placement> alice = h.scheduler.place("dash", "a", null, "alice");
    CompletableFuture<Placement> bobWhileWaiting = h.scheduler.place("dash", "a", null, "bob");
    h.clock.advance(300);
    h.scheduler.tick();
    assertThat(alice.join().viewer()).isEqualTo("alice");
    assertThat(bobWhileWaiting).isCompletedExceptionally();
    h.scheduler.runtimeSession("a", "rt-1");
    Throwable refused = h.scheduler.place("dash", "rt-1", null, "bob").handle((p, t) -> t).join();
    assertThat(refused).isInstanceOf(PlacementException.class).hasMessageContaining("another viewer");
    assertThat(((PlacementException) refused).status()).isEqualTo(403);
    assertThat(h.scheduler.place("dash", "rt-1", null, "alice").join().sessionId()).isEqualTo("a");
    assertThat(h.scheduler.place("dash", "rt-1", null).join().sessionId()).as("an open gateway's ask").isEqualTo("a");
  }

  @Test
  void repeatedRequestReturnsTheSamePlacementAsWarmAlsoByRuntimeSessionId() throws Exception {
    SchedulerHarness h = harness(0, 5);
    h.clock.advance(1);
    CompletableFuture<Placement> first = h.scheduler.place("dash", "a", null);
    h.clock.advance(300);
    h.scheduler.tick();
    assertThat(first.join().cold()).isTrue();
    h.scheduler.runtimeSession("a", "rt-1");
    Placement again = h.scheduler.place("dash", "rt-1", null).join();
    assertThat(again.sessionId()).isEqualTo("a");
    assertThat(again.cold()).isFalse();
    assertThat(again.waitMillis()).isEqualTo(300);
    assertThat(again.runtimeSessionId()).isEqualTo("rt-1");
  }

  @Test
  void failedPodIdIsCheckedKilledWhenUnhealthyAndTheSessionPlacedElsewhere() throws Exception {
    SchedulerHarness h = harness(1, 5);
    h.scheduler.tick();
    Placement a = h.place("a");
    h.scheduler.tick();
    h.probe.status.put(a.endpoint(), -1);
    Placement moved = h.scheduler.place("dash", "a", a.podId()).join();
    assertThat(moved.podId()).isNotEqualTo(a.podId());
    assertThat(h.eventTypes()).contains("unhealthy:" + a.podId(), "killed:" + a.podId());
    assertThat(h.driver.byId.get(a.podId()).stoppedWith).isEqualTo("SIGKILL");
    assertThat(h.scheduler.podList()).noneMatch(p -> p.id.equals(a.podId()));
  }

  @Test
  void podExitingUnaskedIsGoneItsPlacementsDropAndItIsReplaced() throws Exception {
    SchedulerHarness h = harness(1, 5);
    h.scheduler.tick();
    String old = h.scheduler.podList().get(0).id;
    h.driver.byId.get(old).exit.complete("exit status 137");
    List<Event> events = h.scheduler.events(0);
    Event gone = events.stream().filter(e -> e.type().equals("gone")).findFirst().orElseThrow();
    Event replaced = events.stream().filter(e -> e.type().equals("replaced")).findFirst().orElseThrow();
    assertThat(gone.pod()).isEqualTo(old);
    assertThat(gone.detail()).isEqualTo("exit status 137");
    assertThat(replaced.pod()).isEqualTo(old);
    assertThat(replaced.detail()).isNotEqualTo(old).startsWith("dash-");
  }

  @Test
  void healthFailuresInARowKillTheReadyPod() throws Exception {
    SchedulerHarness h = harness(1, 5);
    h.scheduler.tick();
    Pod pod = h.scheduler.podList().get(0);
    h.probe.status.put(pod.endpoint, 500);
    for (int i = 0; i < 3; i++) {
      h.clock.advance(1000);
      h.scheduler.healthTick(java.time.Duration.ofSeconds(1), 3);
    }
    assertThat(h.eventTypes()).containsSubsequence("unhealthy:" + pod.id, "killed:" + pod.id, "replaced:" + pod.id);
  }

  @Test
  void idlePodsBeyondWarmAreRetiredAfterIdleRetire() throws Exception {
    SchedulerHarness h = harness(1, 1);
    h.scheduler.tick();
    h.place("a");
    h.scheduler.tick();
    assertThat(h.count(Pod.State.READY)).isEqualTo(2);
    h.scheduler.delete("a");
    h.clock.advance(59_000);
    h.scheduler.tick();
    assertThat(h.eventTypes()).noneMatch(e -> e.startsWith("retired"));
    h.clock.advance(1_000);
    h.scheduler.tick();
    assertThat(h.eventTypes().stream().filter(e -> e.startsWith("retired"))).hasSize(1);
    assertThat(h.scheduler.podList()).hasSize(1);
  }

  @Test
  void detachedPlacementLivesForTheTtlThenIsDropped() throws Exception {
    SchedulerHarness h = harness(1, 5);
    h.scheduler.tick();
    h.place("a");
    h.scheduler.detach("a");
    h.clock.advance(119_999);
    h.scheduler.tick();
    assertThat(h.scheduler.wiring().placements().live().find("a")).hasValueSatisfying(p -> assertThat(p.detached()).isTrue());
    h.clock.advance(1);
    h.scheduler.tick();
    assertThat(h.scheduler.wiring().placements().live().find("a")).isEmpty();
  }

  @Test
  void podNotReadyInTimeFailsItsWaitersWith503NamingThePod() throws Exception {
    SchedulerHarness h = harness(0, 5);
    h.probe.fallback = 503;
    CompletableFuture<Placement> waiting = h.scheduler.place("dash", "a", null);
    h.scheduler.tick();
    h.clock.advance(30_000);
    h.scheduler.tick();
    String pod = h.driver.byId.keySet().iterator().next();
    assertThat(waiting).isCompletedExceptionally();
    PlacementException e = (PlacementException) waiting.handle((p, t) -> t).join();
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.getMessage()).contains(pod, "not ready after 30s: health answered 503", "see pods/");
    assertThat(h.eventTypes()).containsSubsequence("unhealthy:" + pod, "killed:" + pod);
  }

  @Test
  void unknownAppIs404() throws Exception {
    SchedulerHarness h = harness(0, 5);
    PlacementException e = (PlacementException) h.scheduler.place("nope", "a", null).handle((p, t) -> t).join();
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("unknown app 'nope'", "dash");
  }
}
