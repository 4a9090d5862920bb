package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.SliStats;
import java.util.List;

/**
 * One {@code fault} journal line and what it did (docs/chaos.md's summary.json additions).
 *
 * @param at the fault line's instant, epoch ms
 * @param targets as the fault line named them ({@code component}, {@code id}, {@code pid}, {@code app})
 * @param affectedSessions virtual users in a session on a hit pod (or through a hit gateway) at {@code at}
 * @param affectedVus their {@code vu} numbers, ascending
 * @param recovered those whose first outcome after {@code at} was a failover or socket recovery
 * @param lost those whose first outcome after {@code at} was {@code session_lost}
 * @param failoverMillis the recovered ones' gaps
 * @param recoveryMillis fault -> platform back at its size (or the component restarted); null when unknown
 */
@JsonPropertyOrder({"action", "experiment", "at", "dryRun", "targets", "affectedSessions", "affectedVus", "recovered",
    "lost", "failover_ms", "recovery_ms"})
public record Fault(String action, String experiment, long at, boolean dryRun, List<FaultTarget> targets,
    int affectedSessions, List<Long> affectedVus, int recovered, int lost,
    @JsonProperty("failover_ms") SliStats failoverMillis, @JsonProperty("recovery_ms") Long recoveryMillis) {

  public Fault {
    targets = List.copyOf(targets);
    affectedVus = List.copyOf(affectedVus);
  }
}
