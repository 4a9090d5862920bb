package dev.gauntlet.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

  @TempDir Path dir;

  @Test
  void restartReplaysLogsAdoptsLivePodsForgetsDeadOnesAndStartsNoDuplicates() throws Exception {
    Fakes.FakeDriver driver = new Fakes.FakeDriver();
    Fakes.ManualClock clock = new Fakes.ManualClock();
    List<SchedulerConfig.PoolConfig> pools = List.of(SchedulerHarness.pool("dash", 2, 5));
    SchedulerHarness first = new SchedulerHarness(dir, pools, driver, clock);
    first.scheduler.tick();
    Placement a = first.place("a");
    first.scheduler.runtimeSession("a", "rt-a");
    first.scheduler.tick();
    Placement b = first.place("b");
    first.scheduler.detach("b");
    first.scheduler.tick();
    List<String> podsBefore = first.scheduler.podList().stream().map(p -> p.id).sorted().toList();
    assertThat(podsBefore).hasSize(3);
    long lastSeq = first.scheduler.events(0).get(first.scheduler.events(0).size() - 1).seq();
    String deadPod = podsBefore.stream().filter(id -> !id.equals(a.podId())).findFirst().orElseThrow();
    driver.byId.get(deadPod).diedUnseen = true;
    int created = driver.byId.size();

    SchedulerHarness second = new SchedulerHarness(dir, pools, driver, clock);

    assertThat(second.eventTypes()).contains("adopted:" + a.podId(), "gone:" + deadPod);
    Event gone = second.scheduler.events(0).stream().filter(e -> e.type().equals("gone")).findFirst().orElseThrow();
    assertThat(gone.detail()).isEqualTo("not alive at adoption");
    assertThat(gone.seq()).isGreaterThan(lastSeq);
    assertThat(second.scheduler.wiring().placements().live().find("rt-a")).hasValueSatisfying(p -> {
      assertThat(p.podId()).isEqualTo(a.podId());
      assertThat(p.sessionId()).isEqualTo("a");
    });
    boolean bKept = !b.podId().equals(deadPod);
    assertThat(second.scheduler.wiring().placements().live().find("b").isPresent()).isEqualTo(bKept);
    assertThat(driver.byId.size() - created).as("one pod replaces the dead one, no duplicates of adopted ones")
        .isEqualTo(1);
    assertThat(second.scheduler.podList()).hasSize(3);
  }
}
