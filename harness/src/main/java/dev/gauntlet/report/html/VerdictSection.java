package dev.gauntlet.report.html;

import dev.gauntlet.analysis.ExperimentVerdict;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import java.util.Locale;

/** Objectives with their error budgets (summary.slos), then each chaos experiment's steady state. */
final class VerdictSection {

  private VerdictSection() {}

  static String html(RunData run) {
    Summary s = run.summary();
    StringBuilder out = new StringBuilder("<section id=\"verdicts\"><h2>Verdicts</h2>");
    if (s.slos().isEmpty()) {
      out.append("<p class=\"empty\">No objectives: the scenario has no <code>slos:</code> section.</p>");
    } else {
      Table t = new Table("verdicts", "objective", "scope", "measured", "samples", "budget: bad of allowed", "burn steady",
          "burn fault", "verdict");
      for (SloVerdict v : s.slos()) {
        SloVerdict.Budget b = v.budget();
        t.row(new Table.Raw(Html.text(v.name()) + (v.name().equals(v.objective()) ? ""
                : "<div class=\"sub\">" + Html.text(v.objective()) + "</div>")
                + (v.note() == null ? "" : "<div class=\"note\">" + Html.text(v.note()) + "</div>")),
            v.scope() + (v.app() == null ? "" : " (" + v.app() + ")"), measured(v), v.samples(), budget(b),
            burn(b == null || b.burnRate() == null ? null : b.burnRate().steady()),
            burn(b == null || b.burnRate() == null ? null : b.burnRate().fault()),
            Table.badge(v.met() ? "met" : "MISSED", v.met() ? "ok" : "bad"));
      }
      out.append(t.html());
    }
    if (!s.experiments().isEmpty()) {
      Table t = new Table("experiments", "chaos experiment", "steady state", "deviated at");
      for (ExperimentVerdict x : s.experiments()) {
        boolean held = "held".equals(x.steadyState());
        t.row(x.name(), Table.badge(x.steadyState(), held ? "ok" : "bad"),
            x.deviatedAt() == null ? "-" : Html.offset(x.deviatedAt() - run.startMillis()));
      }
      out.append(t.html());
    }
    return out.append("</section>").toString();
  }

  static String measured(SloVerdict v) {
    if (v.measured() == null) {
      return "no samples";
    }
    return switch (v.unit() == null ? "" : v.unit()) {
      case "ms" -> Html.number(v.measured()) + " ms";
      case "percent" -> Html.number(v.measured()) + "%";
      default -> Html.number(v.measured());
    };
  }

  static String budget(SloVerdict.Budget b) {
    if (b == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%d of %s%s", b.consumed(), Html.number(b.allowed()),
        b.consumedPercent() == null ? "" : String.format(Locale.ROOT, " (%.1f%% spent)", b.consumedPercent()));
  }

  private static String burn(Double rate) {
    return rate == null ? "-" : String.format(Locale.ROOT, "%.2fx", rate);
  }
}
