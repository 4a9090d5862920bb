package dev.gauntlet.report;

import dev.gauntlet.analysis.Identity;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.SliStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The terminal's identity lines (a run whose users logged in): logins, embeds, the phases, each IdP fault. */
final class IdentityTable {

  private static final String ROW = "%-14s %7s %10s %10s %10s %10s";

  private IdentityTable() {}

  static List<String> lines(Summary s) {
    Identity id = s.identity();
    List<String> lines = new ArrayList<>();
    if (id == null) {
      return lines;
    }
    lines.add(String.format(Locale.ROOT, "%-14s ok %d  failed %d  refreshes %d  host %d  embeds %d/%d  auth-failed sessions %d",
        "logins", id.logins().ok(), id.logins().failed(), id.logins().refreshes(), id.logins().host(),
        id.embeds().ok(), id.embeds().ok() + id.embeds().failed(), id.authFailedSessions()));
    lines.add(String.format(Locale.ROOT, ROW, "ttfr phase", "count", "p50", "p95", "p99", "max"));
    for (Map.Entry<String, SliStats> e : id.phases().entrySet()) {
      SliStats v = e.getValue();
      lines.add(String.format(Locale.ROOT, ROW, e.getKey(), v.count(), ms(v.p50()), ms(v.p95()), ms(v.p99()), ms(v.max())));
    }
    for (Identity.IdpFault f : id.idpFaults()) {
      lines.add(String.format(Locale.ROOT, "%-14s %s  sessions kept working %d of %d  logins failed %d  logins recovered %s",
          f.action(), f.at(), f.sessionsKeptWorking(), f.sessionsRunning(), f.loginsFailed(),
          f.loginsRecoveredAfterMs() == null ? "never" : "after " + f.loginsRecoveredAfterMs() + " ms"));
    }
    return lines;
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
