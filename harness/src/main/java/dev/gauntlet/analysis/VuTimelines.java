package dev.gauntlet.analysis;

import dev.gauntlet.measure.JournalEvent.FailoverSeen;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Recovery;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionLost;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.JournalEvent.VuEvent;
import dev.gauntlet.measure.JournalEvent;
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
    final long vu;
    String entry = "";
    long startedAt = Long.MIN_VALUE;
    long endedAt = Long.MAX_VALUE;
    final List<String> runtimeSessions = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    Vu(long vu) {
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

  private final Map<Long, Vu> byVu = new LinkedHashMap<>();
  private final Map<String, Vu> byRuntimeSession = new LinkedHashMap<>();

  static VuTimelines of(List<JournalEvent> events) {
    VuTimelines timelines = new VuTimelines();
    for (JournalEvent e : events) {
      if (!(e instanceof VuEvent v)) {
        continue;
      }
      Vu vu = timelines.byVu.computeIfAbsent(v.vu(), Vu::new);
      if (e instanceof SessionStarted s) {
        vu.entry = s.entry() == null ? "" : s.entry();
        vu.startedAt = s.t();
      } else if (e instanceof SessionEnded) {
        vu.endedAt = e.t();
      } else if (e instanceof FirstRender f) {
        timelines.sawRuntimeSession(vu, f.sessionId());
      } else if (e instanceof Recovery r) {
        timelines.sawRuntimeSession(vu, r.sessionId());
        if (r instanceof FailoverSeen f) {
          timelines.sawRuntimeSession(vu, f.previousSessionId());
        }
        vu.outcomes.add(new Outcome(e.t(), false, r.gapMs()));
      } else if (e instanceof SessionLost) {
        vu.outcomes.add(new Outcome(e.t(), true, null));
      } // reruns and drops say nothing about where the session was
    }
    return timelines;
  }

  private void sawRuntimeSession(Vu vu, String id) {
    if (id != null && !id.isEmpty()) {
      vu.runtimeSessions.add(id);
      byRuntimeSession.put(id, vu);
    }
  }

  Optional<Vu> byRuntimeSession(String runtimeSessionId) {
    return Optional.ofNullable(byRuntimeSession.get(runtimeSessionId));
  }

  List<Vu> all() {
    return List.copyOf(byVu.values());
  }
}
