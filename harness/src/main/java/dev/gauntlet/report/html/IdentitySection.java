package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Identity;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.SliStats;
import java.util.Locale;
import java.util.Map;

/**
 * Identity (a run whose users logged in): the time to first render's phases, login success per
 * second of the run, and what each identity-provider fault did. Empty for any other run (no line at all).
 */
final class IdentitySection {

  private IdentitySection() {}

  static String html(Summary s) {
    Identity id = s.identity();
    if (id == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section id=\"identity\"><h2>Identity</h2><p>")
        .append(String.format(Locale.ROOT, "logins ok %d, failed %d (refreshes %d, host tokens %d); embed URLs ok %d, "
            + "failed %d; sessions that failed on authentication (not counted as platform failures): %d",
            id.logins().ok(), id.logins().failed(), id.logins().refreshes(), id.logins().host(), id.embeds().ok(),
            id.embeds().failed(), id.authFailedSessions()))
        .append("</p>");
    Table phases = new Table("phases", "phase", "count", "p50", "p95", "p99", "max");
    for (Map.Entry<String, SliStats> e : id.phases().entrySet()) {
      SliStats v = e.getValue();
      boolean none = v.count() == 0;
      phases.row(new Table.Raw("<code>" + Html.text(e.getKey()) + "</code>"), v.count(),
          none ? "-" : Html.millis(v.p50()), none ? "-" : Html.millis(v.p95()), none ? "-" : Html.millis(v.p99()),
          none ? "-" : Html.millis(v.max()));
    }
    out.append(phases.html());
    Table overTime = new Table("logins", "second", "logins ok", "failed", "success");
    for (Identity.Second sec : id.loginsOverTime()) {
      long all = sec.ok() + sec.failed();
      overTime.row(sec.second(), sec.ok(), sec.failed(),
          all == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * sec.ok() / all));
    }
    out.append("<details><summary>login success over time</summary>").append(overTime.html()).append("</details>");
    if (!id.idpFaults().isEmpty()) {
      Table faults = new Table("idp-faults", "fault", "at", "sessions running", "kept working", "logins failed",
          "logins recovered after");
      for (Identity.IdpFault f : id.idpFaults()) {
        faults.row(f.action(), f.at(), f.sessionsRunning(), f.sessionsKeptWorking(), f.loginsFailed(),
            f.loginsRecoveredAfterMs() == null ? "never" : Html.millis(f.loginsRecoveredAfterMs()));
      }
      out.append(faults.html());
    }
    return out.append("</section>\n").toString();
  }
}
