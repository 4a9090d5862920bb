package dev.gauntlet.analysis;

import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.EmbedMinted;
import dev.gauntlet.measure.JournalEvent.Fault;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Login;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.measure.SliStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Computes {@link Identity} from the journal; null for a run in which nobody logged in. */
final class IdentityAnalysis {

  static final List<String> PHASES = List.of("login", "embed", "http", "ws_connect", "first_run");

  private IdentityAnalysis() {}

  static Identity of(List<JournalEvent> events) {
    if (events.stream().noneMatch(e -> e instanceof Login || e instanceof EmbedMinted)) {
      return null;
    }
    Map<String, Histogram> phases = new LinkedHashMap<>();
    PHASES.forEach(p -> phases.put(p, SliStats.histogram()));
    long ok = 0, failed = 0, refreshes = 0, host = 0, embedsOk = 0, embedsFailed = 0, authFailed = 0;
    long start = events.get(0).t();
    TreeMap<Long, long[]> perSecond = new TreeMap<>();
    for (JournalEvent e : events) {
      if (e instanceof Login l) {
        ok += l.ok() ? 1 : 0;
        failed += l.ok() ? 0 : 1;
        refreshes += l.ok() && "refresh".equals(l.kind()) ? 1 : 0;
        host += "host".equals(l.kind()) ? 1 : 0;
        if (l.ok()) {
          SliStats.record(phases.get("login"), l.loginMs());
        }
        perSecond.computeIfAbsent((l.t() - start) / 1000, s -> new long[2])[l.ok() ? 0 : 1]++;
      } else if (e instanceof EmbedMinted m) {
        embedsOk += m.ok() ? 1 : 0;
        embedsFailed += m.ok() ? 0 : 1;
        if (m.ok()) {
          SliStats.record(phases.get("embed"), m.embedMs());
        }
      } else if (e instanceof FirstRender f && f.ok()) {
        SliStats.record(phases.get("http"), f.httpMs());
        SliStats.record(phases.get("ws_connect"), f.wsConnectMs());
        SliStats.record(phases.get("first_run"), Math.max(0, f.ttfrMs() - f.httpMs() - f.wsConnectMs()));
      } else if (e instanceof SessionEnded s && s.outcome() == SessionOutcome.AUTH_FAILED) {
        authFailed++;
      }
    }
    Map<String, SliStats> stats = new LinkedHashMap<>();
    phases.forEach((k, h) -> stats.put(k, SliStats.of(h)));
    List<Identity.Second> overTime = new ArrayList<>();
    perSecond.forEach((s, c) -> overTime.add(new Identity.Second(s, c[0], c[1])));
    return new Identity(stats, new Identity.Logins(ok, failed, refreshes, host), new Identity.Embeds(embedsOk, embedsFailed),
        authFailed, overTime, idpFaults(events));
  }

  private static List<Identity.IdpFault> idpFaults(List<JournalEvent> events) {
    List<Identity.IdpFault> out = new ArrayList<>();
    for (JournalEvent e : events) {
      if (e instanceof Fault f && f.action() != null && f.action().startsWith("idp-") && !f.dryRun()) {
        out.add(one(f, events));
      }
    }
    return out;
  }

  private static Identity.IdpFault one(Fault f, List<JournalEvent> events) {
    Map<Long, Boolean> rendered = new HashMap<>(); // vu -> rendered before the fault and still open
    Map<Long, SessionOutcome> outcome = new HashMap<>();
    long lastFailure = -1;
    long failedLogins = 0;
    Long recoveredAt = null;
    for (JournalEvent e : events) {
      if (e instanceof FirstRender r && r.ok() && r.t() <= f.t()) {
        rendered.put(r.vu(), true);
      } else if (e instanceof SessionEnded s) {
        if (s.t() <= f.t()) {
          rendered.remove(s.vu());
        } else {
          outcome.putIfAbsent(s.vu(), s.outcome());
        }
      } else if (e instanceof Login l && l.t() >= f.t() && recoveredAt == null) {
        if (!l.ok()) {
          failedLogins++;
          lastFailure = l.t();
        } else if (lastFailure >= 0) {
          recoveredAt = l.t();
        }
      }
    }
    long running = rendered.size();
    long kept = rendered.keySet().stream().filter(vu -> outcome.get(vu) == SessionOutcome.COMPLETED).count();
    return new Identity.IdpFault(f.action(), Instant.ofEpochMilli(f.t()).toString(), running, kept, failedLogins,
        recoveredAt == null ? (failedLogins == 0 ? Long.valueOf(0) : null) : Long.valueOf(recoveredAt - f.t()));
  }
}
