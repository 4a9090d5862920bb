package dev.gauntlet.slo.internal;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent.*;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.measure.Sli;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The journal (and the scheduler's events, the faults) read into each SLI's samples, per docs/slo.md's catalogue. */
public final class Samples {

  private final List<JournalEvent> journal;
  private final Placements placements;
  private final SchedulerEvents events;
  private final List<Fault> faults;
  private final Map<Long, String> appByVu = new HashMap<>();
  private final Map<String, List<Sample>> cache = new HashMap<>();

  public Samples(List<JournalEvent> journal, Placements placements, SchedulerEvents events, List<Fault> faults) {
    this.journal = journal;
    this.placements = placements;
    this.events = events;
    this.faults = faults;
    for (JournalEvent e : journal) {
      if (e instanceof SessionStarted s && s.app() != null) {
        appByVu.put(s.vu(), s.app());
      }
    }
  }

  public List<Sample> of(String sli) {
    return cache.computeIfAbsent(sli, this::read);
  }

  private List<Sample> read(String key) {
    Sli sli = Sli.byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown SLI " + key));
    List<Sample> out = new ArrayList<>();
    switch (sli) {
      case POD_START -> podStarts(out);
      case RECOVERY -> recoveries(out);
      default -> journal.forEach(e -> {
        if (e instanceof VuEvent v) {
          line(sli, v, out);
        }
      });
    }
    return out;
  }

  private void line(Sli sli, VuEvent e, List<Sample> out) {
    long t = e.t();
    switch (sli) {
      case TTFR, TTFR_COLD, TTFR_WARM -> {
        if (e instanceof FirstRender f && f.ok() && split(sli, f)) {
          out.add(Sample.latency(t, f.ttfrMs(), app(e)));
        }
      }
      case RERUN -> {
        if (e instanceof Rerun r && r.ok()) {
          out.add(Sample.latency(t, r.rerunMs(), app(e)));
        }
      }
      case FAILOVER -> {
        if (e instanceof Recovery r) {
          out.add(Sample.latency(t, r.gapMs(), app(e)));
        }
      }
      case INTERACTION_SUCCESS, FAILED_INTERACTIONS -> {
        if (e instanceof Interaction i) {
          out.add(new Sample(t - Math.round(i.millis()), t, app(e), 0, !i.ok(), true));
        }
      }
      case SESSION_SUCCESS -> {
        if (e instanceof SessionEnded s) {
          out.add(Sample.event(t, app(e), s.outcome() != SessionOutcome.COMPLETED));
        }
      }
      case FAILED_SESSIONS -> {
        if (e instanceof SessionEnded s) {
          out.add(Sample.event(t, app(e), s.outcome() == SessionOutcome.FAILED));
        }
      }
      case LOST_SESSIONS -> {
        // counted: session_lost lines; the population the count is drawn from: sessions started
        if (e instanceof SessionLost) {
          out.add(new Sample(t, t, app(e), 0, true, false));
        } else if (e instanceof SessionStarted) {
          out.add(Sample.event(t, app(e), false));
        }
      }
      default -> throw new IllegalArgumentException("no journal samples for SLI " + sli.key());
    }
  }

  private boolean split(Sli sli, FirstRender f) {
    if (sli == Sli.TTFR) {
      return true;
    }
    return placements.cold(f.sessionId()).map(cold -> cold == (sli == Sli.TTFR_COLD)).orElse(false);
  }

  private void podStarts(List<Sample> out) {
    events.podStarts().forEach(start -> out.add(Sample.latency(start.readyAt(), start.millis(), start.app())));
  }

  private void recoveries(List<Sample> out) {
    for (Fault f : faults) {
      if (!f.dryRun() && f.recoveryMillis() != null) {
        // time = the fault; its app is the first target's that names one
        String app = f.targets().stream().map(FaultTarget::app).filter(a -> a != null).findFirst().orElse("");
        out.add(new Sample(f.at(), f.at(), app, f.recoveryMillis(), false, true));
      }
    }
  }

  private String app(VuEvent e) {
    return e.app() != null ? e.app() : appByVu.getOrDefault(e.vu(), "");
  }
}
