package dev.gauntlet.workers.kubernetes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gauntlet.load.Plan;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan as the Job's pods get it: where they send the load is where a pod reaches the target. */
final class JobPlans {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

  private JobPlans() {}

  static Plan withEntryPoints(Plan p, List<String> entryPoints) {
    return new Plan(p.runId(), p.scenario(), p.seed(), p.runDir(), p.model(), p.users(), p.arrivalsPerSecond(),
        p.rampMillis(), p.holdMillis(), p.sessionLengthMillis(), p.interactionsPerSession(), p.thinkTime(),
        p.interactionDeadlineMillis(), p.recoveryDeadlineMillis(), List.copyOf(entryPoints), p.apps(), p.auth(),
        p.shard());
  }

  static String json(Plan plan) {
    try {
      return JSON.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plan " + plan.runId() + " as JSON", e);
    }
  }

  /** The loopback host an entry point names, if one does: a pod would load itself there. */
  static Optional<String> loopback(Plan plan) {
    return plan.entryPoints().stream().map(e -> URI.create(e).getHost()).filter(h -> h != null && LOOPBACK.contains(h))
        .findFirst();
  }
}
