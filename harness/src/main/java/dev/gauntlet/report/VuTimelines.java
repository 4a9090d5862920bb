package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each virtual user's session as the journal tells it: its entry point, when it started and
 * ended, the runtime sessions it saw (first render and every failover), and its recoveries and
 * loss: what a fault is joined to.
 */
final class VuTimelines {

  /** A {@code failover_seen}/{@code socket_recovered} (gapMs) or a {@code session_lost} (gapMs null). */
  record Outcome(long t, boolean lost, Double gapMs) {}

  static final class Vu {
    final String vu;
    String entry = "";
    long startedAt = Long.MIN_VALUE;
    long endedAt = Long.MAX_VALUE;
    final List<String> runtimeSessions = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    Vu(String vu) {
      this.vu = vu;
    }

    /** In a session at {@code t}: started at or before it and not ended by then. */
    boolean liveAt(long t) {
      return startedAt <= t && endedAt > t;
    }

    /** The first recovery or loss after {@code t}: what became of this vu after a fault then. */
    Optional<Outcome> firstOutcomeAfter(long t) {
      return outcomes.stream().filter(o -> o.t() >= t).min((a, b) -> Long.compare(a.t(), b.t()));
    }
  }

  private final Map<String, Vu> byVu = new LinkedHashMap<>();
  private final Map<String, Vu> byRuntimeSession = new LinkedHashMap<>();

  static VuTimelines of(List<JsonNode> events) {
    VuTimelines timelines = new VuTimelines();
    for (JsonNode e : events) {
      if (!e.has("vu")) {
        continue;
      }
      Vu vu = timelines.byVu.computeIfAbsent(e.path("vu").asText(), Vu::new);
      long t = e.path("t").asLong();
      switch (e.path("type").asText()) {
        case "session_started" -> {
          vu.entry = e.path("entry").asText("");
          vu.startedAt = t;
        }
        case "session_ended" -> vu.endedAt = t;
        case "first_render" -> timelines.sawRuntimeSession(vu, e);
        case "failover_seen", "socket_recovered" -> {
          timelines.sawRuntimeSession(vu, e);
          vu.outcomes.add(new Outcome(t, false, e.path("gapMs").asDouble()));
        }
        case "session_lost" -> vu.outcomes.add(new Outcome(t, true, null));
        default -> { } // reruns and drops say nothing about where the session was
      }
    }
    return timelines;
  }

  private void sawRuntimeSession(Vu vu, JsonNode e) {
    for (String field : new String[] {"sessionId", "previousSessionId"}) {
      String id = e.path(field).asText("");
      if (!id.isEmpty()) {
        vu.runtimeSessions.add(id);
        byRuntimeSession.put(id, vu);
      }
    }
  }

  Optional<Vu> byRuntimeSession(String runtimeSessionId) {
    return Optional.ofNullable(byRuntimeSession.get(runtimeSessionId));
  }

  List<Vu> all() {
    return List.copyOf(byVu.values());
  }
}
