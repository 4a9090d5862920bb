package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Provenance;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;

/** The page's top: run id, scenario, status and its reason, when, provenance, and the one-line verdict. */
final class HeaderSection {

  private HeaderSection() {}

  static String html(RunData run) {
    Summary s = run.summary();
    Provenance p = s.provenance() == null ? Provenance.UNKNOWN : s.provenance();
    StringBuilder out = new StringBuilder(2_048);
    out.append("<header><p class=\"kicker\">Gauntlet run report</p><h1>").append(Html.text(s.scenario()))
        .append("</h1><p class=\"runid\">").append(Html.text(s.runId())).append("</p>")
        .append("<p class=\"verdict ").append(passed(s) ? "ok" : "bad").append("\" id=\"verdict\">")
        .append(Html.text(verdict(s))).append("</p><dl class=\"facts\">");
    fact(out, "status", Table.badge(s.status().text(), s.status() == RunStatus.COMPLETED ? "ok" : "bad").html()
        + (s.statusReason() == null ? "" : " <span class=\"reason\">" + Html.text(s.statusReason()) + "</span>"));
    fact(out, "started", Html.text(s.startedAt()));
    fact(out, "ended", Html.text(s.endedAt()) + " (" + Html.text(Html.offset(run.spanMillis())) + ")");
    fact(out, "git commit", code(p.gitCommit(), 12));
    fact(out, "scenario sha256", code(p.scenarioSha256(), 16));
    fact(out, "gauntlet", Html.text(p.gauntletVersion() == null ? "-" : p.gauntletVersion()));
    fact(out, "seed", p.seed() == null ? "-" : p.seed().toString());
    return out.append("</dl></header>").toString();
  }

  /** "PASS: 3 of 3 objectives met, 1 experiment held" or what failed; the status when the run did not complete. */
  static String verdict(Summary s) {
    long missed = s.slos().stream().filter(v -> !v.met()).count();
    long deviated = s.experiments().stream().filter(x -> !"held".equals(x.steadyState())).count();
    StringBuilder v = new StringBuilder(passed(s) ? "PASS" : "FAIL");
    if (s.status() != RunStatus.COMPLETED) {
      v.append(": run ").append(s.status());
    }
    v.append(v.indexOf(":") < 0 ? ": " : "; ");
    v.append(s.slos().isEmpty() ? "no objectives" : (s.slos().size() - missed) + " of " + s.slos().size()
        + " objectives met");
    if (!s.experiments().isEmpty()) {
      v.append(", ").append(s.experiments().size() - deviated).append(" of ").append(s.experiments().size())
          .append(s.experiments().size() == 1 ? " experiment held" : " experiments held");
    }
    return v.toString();
  }

  static boolean passed(Summary s) {
    return s.status() == RunStatus.COMPLETED && s.slos().stream().allMatch(SloVerdict::met)
        && s.experiments().stream().allMatch(x -> "held".equals(x.steadyState()));
  }

  private static void fact(StringBuilder out, String name, String html) {
    out.append("<div><dt>").append(Html.text(name)).append("</dt><dd>").append(html).append("</dd></div>");
  }

  private static String code(String value, int shown) {
    if (value == null) {
      return "-";
    }
    String shortened = value.length() > shown ? value.substring(0, shown) : value;
    return "<code title=\"" + Html.text(value) + "\">" + Html.text(shortened) + "</code>";
  }
}
