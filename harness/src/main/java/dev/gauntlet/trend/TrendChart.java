package dev.gauntlet.trend;

import dev.gauntlet.report.html.Axis;
import dev.gauntlet.report.html.Frame;
import dev.gauntlet.report.html.Html;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One statistic over a scenario's runs as inline SVG: a point per run (linked to its report when it has
 * one), each segment's median as a grey line over its runs, each change point as a red (regressed) or green
 * (improved) line at the run where the new level starts, and each provenance change as a dotted line.
 */
final class TrendChart {

  private static final Frame FRAME = new Frame(960, 230, 64, 944, 34, 200);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);
  private static final String POINT = "#2563eb";

  private TrendChart() {}

  /** @param href a run's report as a link from the page, or null when it has none */
  static String svg(String id, ScenarioTrend scenario, SeriesTrend trend, Function<Run, String> href) {
    List<Run> runs = scenario.runs();
    Series s = trend.series();
    double[] z = s.values();
    double max = Arrays.stream(z).max().orElse(0);
    double min = Arrays.stream(z).min().orElse(0);
    // a ratio lives near 100%: start the axis at twice the worst failure share, not at 0
    double low = "percent".equals(s.statistic().unit()) ? Math.max(0, Math.floor(100 - 2 * (100 - min) - 1)) : 0;
    double top = low + Axis.top(max - low);
    StringBuilder out = new StringBuilder(4_096).append(FRAME.open(id, s.statistic().label() + " over " + runs.size()
        + " runs"));
    for (double t : Axis.ticks(top - low, 4)) {
      String y = Html.coord(FRAME.y(t / (top - low)));
      out.append("<line class=\"grid\" x1=\"").append(Html.coord(FRAME.left())).append("\" x2=\"")
          .append(Html.coord(FRAME.right())).append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
          .append("<text x=\"").append(Html.coord(FRAME.left() - 6)).append("\" y=\"").append(y)
          .append("\" dy=\"4\" text-anchor=\"end\">").append(Html.text(Axis.label(low + t, s.statistic().unit())))
          .append("</text>");
    }
    int every = Math.max(1, (int) Math.ceil(runs.size() / 8.0));
    for (int i = 0; i < runs.size(); i += every) {
      out.append("<text x=\"").append(Html.coord(x(i, runs.size()))).append("\" y=\"")
          .append(Html.coord(FRAME.bottom() + 16)).append("\" text-anchor=\"middle\">")
          .append(Html.text(DAY.format(runs.get(i).startedAt()))).append("</text>");
    }
    for (ProvenanceChange p : scenario.provenanceChanges()) {
      vertical(out, x(runs.indexOf(p.run()), runs.size()), "#9ca3af", "2 3", p.field() + " changed at " + p.run().runId(),
          null);
    }
    for (ChangePoint c : trend.changePoints()) {
      String colour = c.direction() == Direction.REGRESSED ? "#dc2626" : c.direction() == Direction.IMPROVED ? "#15803d"
          : "#6b7280";
      vertical(out, x(runs.indexOf(c.run()), runs.size()), colour, "5 3", c.direction().label() + " at " + c.run().runId()
          + ": " + TrendFormat.value(c.statistic(), c.before()) + " -> " + TrendFormat.value(c.statistic(), c.after()),
          c.direction().label() + " " + TrendFormat.percent(c.changePercent()));
    }
    for (Segment g : trend.segments()) {
      String y = Html.coord(FRAME.y((g.median() - low) / (top - low)));
      out.append("<line stroke=\"#6b7280\" stroke-width=\"2\" x1=\"")
          .append(Html.coord(x(runs.indexOf(s.points().get(g.from()).run()), runs.size()))).append("\" x2=\"")
          .append(Html.coord(x(runs.indexOf(s.points().get(g.to() - 1).run()), runs.size()))).append("\" y1=\"")
          .append(y).append("\" y2=\"").append(y).append("\"><title>").append(Html.text("median "
              + TrendFormat.withUnit(s.statistic(), g.median()) + " over " + g.size() + " runs")).append("</title></line>");
    }
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Series.Point p : s.points()) {
      String cx = Html.coord(x(runs.indexOf(p.run()), runs.size()));
      String cy = Html.coord(FRAME.y((p.value() - low) / (top - low)));
      line.append(line.isEmpty() ? "M" : " L").append(cx).append(' ').append(cy);
      String circle = "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"3.5\" fill=\"" + POINT + "\"><title>"
          + Html.text(p.run().runId() + "  commit " + TrendFormat.shortHash(p.run().gitCommit()) + "  "
          + TrendFormat.withUnit(s.statistic(), p.value())) + "</title></circle>";
      String link = href.apply(p.run());
      dots.append(link == null ? circle : "<a href=\"" + Html.text(link) + "\">" + circle + "</a>");
    }
    out.append("<path fill=\"none\" stroke=\"").append(POINT).append("\" stroke-opacity=\".45\" stroke-width=\"1.5\" d=\"")
        .append(line).append("\"/>").append(dots);
    return out.append("</svg>").toString();
  }

  private static double x(int index, int runs) {
    return FRAME.x(runs == 1 ? 0.5 : (double) index / (runs - 1));
  }

  private static void vertical(StringBuilder out, double x, String colour, String dash, String title, String label) {
    String cx = Html.coord(x);
    out.append("<line stroke=\"").append(colour).append("\" stroke-width=\"1.5\" stroke-dasharray=\"").append(dash)
        .append("\" x1=\"").append(cx).append("\" x2=\"").append(cx).append("\" y1=\"").append(Html.coord(FRAME.top()))
        .append("\" y2=\"").append(Html.coord(FRAME.bottom())).append("\"><title>").append(Html.text(title))
        .append("</title></line>");
    if (label != null) {
      boolean right = x > FRAME.right() - 120; // near the right edge the label goes to the line's left
      out.append("<text x=\"").append(Html.coord(right ? x - 4 : x + 4)).append("\" y=\"")
          .append(Html.coord(FRAME.top() - 6)).append(right ? "\" text-anchor=\"end" : "").append("\" style=\"fill:").append(colour).append("\">").append(Html.text(label)).append("</text>");
    }
  }
}
