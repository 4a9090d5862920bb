package dev.gauntlet.run;

import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A pod the kernel killed for memory (a scheduler event with detail {@code OOMKilled}, which the
 * docker kind reports) is a fault like a chaos action's: one {@code fault} line, action
 * {@code oom-kill}, cause {@code OOMKilled}, so its sessions are attributed. Its instant is the pod's
 * first sign of failure (a gateway's report, a failed health check, the exit itself): the kernel
 * kill comes first, the scheduler's learning why last.
 */
final class OomFaults implements Consumer<List<SchedulerClient.PodEvent>> {

  static final String ACTION = "oom-kill";
  static final String CAUSE = "OOMKilled";
  private static final Set<String> FAILURE_TYPES = Set.of("unhealthy", "killed", "gone");

  private final Journal journal;
  /** Each snapshot reads every event since the start: a pod's kill is written once. */
  private final Set<String> written = new HashSet<>();

  OomFaults(Journal journal) {
    this.journal = journal;
  }

  @Override
  public synchronized void accept(List<SchedulerClient.PodEvent> events) {
    for (SchedulerClient.PodEvent e : events) {
      if (CAUSE.equals(e.detail()) && written.add(e.pod() + "@" + e.at())) {
        long failedAt = events.stream().filter(o -> o.pod().equals(e.pod()) && FAILURE_TYPES.contains(o.type()))
            .mapToLong(SchedulerClient.PodEvent::at).min().orElse(e.at());
        journal.write(new JournalEvent.Fault(failedAt, ACTION, null,
            List.of(FaultTarget.of(FaultTarget.RUNTIME, e.pod(), null, e.app())), false, CAUSE));
      }
    }
  }
}
