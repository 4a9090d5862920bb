package dev.gauntlet.trend;

import dev.gauntlet.report.html.Html;
import dev.gauntlet.report.html.Page;
import dev.gauntlet.report.html.Table;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * trend.html: one self-contained page like index.html (inline SVG and CSS, a policy that loads nothing):
 * the change points, the gate's verdicts, and per scenario a chart of every statistic over its runs whose
 * points link to each run's index.html (a path relative to the page).
 */
public final class TrendHtml {

  public static final String FILE = "trend.html";

  private TrendHtml() {}

  /** Writes {@code dir/trend.html}; returns its path. */
  public static Path write(Trend trend, List<GateVerdict> gate, Path dir) {
    Path file = dir.resolve(FILE);
    Page.write(render(trend, gate, dir), file);
    return file;
  }

  /** @param dir the folder the page is written to: links to the runs' reports are relative to it */
  static String render(Trend trend, List<GateVerdict> gate, Path dir) {
    Function<Run, String> href = run -> run.report().map(page -> link(dir, page)).orElse(null);
    List<String> names = trend.scenarios().stream().map(ScenarioTrend::scenario).toList();
    StringBuilder body = new StringBuilder(16_384);
    body.append("<header><p class=\"kicker\">Gauntlet trend</p><h1>").append(Html.text(String.join(", ", names)))
        .append("</h1>");
    if (gate != null) {
      boolean regressed = TrendGate.regressed(gate);
      body.append("<p class=\"verdict ").append(regressed ? "bad" : "ok").append("\" id=\"verdict\">")
          .append(Html.text(GateTable.verdict(gate))).append("</p>");
    }
    body.append("<p class=\"sub\">").append(trend.runs()).append(" runs, ").append(trend.changePoints().size())
        .append(trend.changePoints().size() == 1 ? " change point" : " change points").append(" (E-Divisive Means, significance ").append(EDivisive.DEFAULT.significance())
        .append(", minimum segment ").append(EDivisive.DEFAULT.minSegment()).append(" runs, ")
        .append(EDivisive.DEFAULT.permutations()).append(" permutations)</p><p class=\"hint\">A dot is a run (it links to "
            + "the run's report), a grey line a segment's median, a dashed line a change point (red regressed, green "
            + "improved), a dotted line a provenance change (the scenario's hash or the Gauntlet version).</p></header>\n");
    body.append("<section id=\"change-points\"><h2>Change points</h2>");
    if (trend.changePoints().isEmpty()) {
      body.append("<p class=\"empty\">No change point: every statistic held one level.</p>");
    } else {
      Table table = new Table("changes", "scenario", "statistic", "run", "commit", "before", "after", "change", "p-value",
          "direction");
      for (ChangePoint c : trend.changePoints()) {
        String link = href.apply(c.run());
        table.row(c.run().scenario(), c.statistic().label(), link == null ? c.run().runId()
            : new Table.Raw("<a href=\"" + Html.text(link) + "\">" + Html.text(c.run().runId()) + "</a>"),
            TrendFormat.shortHash(c.gitCommit()), TrendFormat.withUnit(c.statistic(), c.before()),
            TrendFormat.withUnit(c.statistic(), c.after()), TrendFormat.percent(c.changePercent()),
            TrendFormat.pValue(c.pValue()), Table.badge(c.direction().label(),
                c.direction() == Direction.REGRESSED ? "bad" : c.direction() == Direction.IMPROVED ? "ok" : "info"));
      }
      body.append(table.html());
    }
    body.append("</section>\n");
    if (gate != null) {
      Table table = new Table("gate", "scenario", "statistic", "newest", "median", "threshold", "change", "verdict");
      for (GateVerdict v : gate) {
        table.row(v.scenario(), v.statistic().label(), TrendFormat.withUnit(v.statistic(), v.value()),
            TrendFormat.withUnit(v.statistic(), v.median()), TrendFormat.value(v.statistic(), v.threshold()),
            TrendFormat.percent(v.changePercent()), Table.badge(v.outcome().label(), v.regressed() ? "bad"
                : v.outcome() == GateVerdict.Outcome.PASSED ? "ok" : "info"));
      }
      body.append("<section id=\"gate\"><h2>Gate: the newest run against the runs since the last change point</h2>")
          .append(table.html()).append("</section>\n");
    }
    for (ScenarioTrend s : trend.scenarios()) {
      body.append(scenario(s, href));
    }
    return Page.html("gauntlet trend: " + String.join(", ", names), body.toString(), "Drawn by gauntlet trend from "
        + trend.runs() + " runs' summary.json; each point links to its run's index.html when the run has one.");
  }

  private static String scenario(ScenarioTrend s, Function<Run, String> href) {
    StringBuilder out = new StringBuilder(8_192);
    String id = "scenario-" + s.scenario().replaceAll("[^A-Za-z0-9_-]", "_");
    out.append("<section id=\"").append(Html.text(id)).append("\"><h2>").append(Html.text(s.scenario())).append("</h2>")
        .append("<p class=\"sub\">").append(s.runs().size()).append(" runs, ").append(Html.text(s.runs().get(0)
            .startedAt().toString())).append(" to ").append(Html.text(s.newest().startedAt().toString())).append("</p>");
    for (ProvenanceChange p : s.provenanceChanges()) {
      out.append("<p class=\"note\">").append(Html.text(p.field() + " changed at " + p.run().runId() + ": "
          + TrendFormat.shortHash(p.before()) + " -> " + TrendFormat.shortHash(p.after()))).append("</p>");
    }
    int n = 0;
    for (SeriesTrend t : s.series()) {
      out.append("<figure class=\"panel\"><figcaption>").append(Html.text(t.series().statistic().label()))
          .append(" <span class=\"sub\">").append(Html.text(t.series().statistic().unit())).append(", ")
          .append(t.changePoints().size()).append(t.changePoints().size() == 1 ? " change point" : " change points")
          .append("</span></figcaption>")
          .append(TrendChart.svg(id + "-" + n++, s, t, href)).append("</figure>");
    }
    return out.append("</section>\n").toString();
  }

  /** The page's link to a run's report: relative, with '/' and URI escapes. */
  static String link(Path dir, Path page) {
    Path relative = real(dir).relativize(real(page));
    String path = relative.toString().replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  /** The real path when it exists (runs found in a folder are real paths), else the absolute one. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
