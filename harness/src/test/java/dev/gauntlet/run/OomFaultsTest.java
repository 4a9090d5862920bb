package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.deploy.SchedulerClient.PodEvent;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OomFaultsTest {

  @Test
  void aPodKilledForMemoryIsOneFaultLineAtItsFirstFailureWhateverHowOftenItsEventIsSeen(@TempDir Path dir) {
    Path file = dir.resolve("journal.jsonl");
    List<PodEvent> events = List.of(
        new PodEvent(1, 1_000, "created", "dash-01", "dash", "pid 7"),
        new PodEvent(2, 1_800, "unhealthy", "dash-01", "dash", "reported failed"),
        new PodEvent(3, 1_900, "killed", "dash-01", "dash", "SIGKILL"),
        new PodEvent(4, 2_000, "gone", "dash-01", "dash", "OOMKilled"),
        new PodEvent(3, 2_500, "gone", "dash-02", "dash", "exit status 137"));
    try (Journal journal = Journal.append(file)) {
      OomFaults faults = new OomFaults(journal);
      faults.accept(events.subList(0, 4));
      faults.accept(events); // the next snapshot reads the same events again
    }
    assertThat(JournalReader.read(file).events()).containsExactly(new JournalEvent.Fault(1_800, "oom-kill", null,
        List.of(FaultTarget.of("runtime", "dash-01", null, "dash")), false, "OOMKilled"));
  }
}
