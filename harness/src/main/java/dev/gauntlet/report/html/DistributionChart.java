package dev.gauntlet.report.html;

import java.util.Locale;

/** Cold vs warm TTFR as paired bars per log-spaced bin, each bar the share of its own group. */
final class DistributionChart {

  static final String ID = "chart-cold-warm";

  private DistributionChart() {}

  static String html(ColdWarm d) {
    StringBuilder out = new StringBuilder(4_096);
    out.append("<figure class=\"panel\"><figcaption>Time to first render: cold vs warm placements</figcaption>");
    if (d.isEmpty()) {
      return out.append("<div class=\"nodata\" id=\"").append(ID).append("\">No data: no first render was joined ")
          .append("to a placement (an external target has no placements.json)</div></figure>").toString();
    }
    Frame f = Frame.BARS;
    double top = Axis.top(Math.max(max(d.cold(), d.coldTotal()), max(d.warm(), d.warmTotal())) * 100);
    out.append(f.open(ID, "time to first render, cold vs warm"));
    for (double v : Axis.ticks(top, 4)) {
      String y = Html.coord(f.y(v / top));
      out.append("<line class=\"grid\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"")
          .append(Html.coord(f.right())).append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(Html.coord(f.left() - 6)).append("\" y=\"").append(y)
          .append("\" dy=\"4\" text-anchor=\"end\">").append(Html.number(v)).append("%</text>");
    }
    double slot = (f.right() - f.left()) / d.bins();
    for (int i = 0; i < d.bins(); i++) {
      String range = Html.millis(d.edgesMillis()[i]) + " to " + Html.millis(d.edgesMillis()[i + 1]);
      bar(out, f, f.left() + i * slot + slot * 0.1, slot * 0.4, d.cold()[i], d.coldTotal(), top, ColdWarm.COLD_COLOUR,
          "cold " + range);
      bar(out, f, f.left() + i * slot + slot * 0.5, slot * 0.4, d.warm()[i], d.warmTotal(), top, ColdWarm.WARM_COLOUR,
          "warm " + range);
      if (i % 4 == 0 || i == d.bins() - 1) {
        double edge = i == d.bins() - 1 ? f.right() : f.left() + i * slot;
        double ms = d.edgesMillis()[i == d.bins() - 1 ? i + 1 : i];
        out.append("<text class=\"tick\" x=\"").append(Html.coord(edge)).append("\" y=\"")
            .append(Html.coord(f.bottom() + 17)).append("\" text-anchor=\"middle\">").append(Html.text(Html.millis(ms)))
            .append("</text>");
      }
    }
    out.append("<line class=\"axis\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"")
        .append(Html.coord(f.right())).append("\" y1=\"").append(Html.coord(f.bottom())).append("\" y2=\"")
        .append(Html.coord(f.bottom())).append("\"/>");
    legend(out, "cold (" + d.coldTotal() + ")", ColdWarm.COLD_COLOUR, f.left());
    legend(out, "warm (" + d.warmTotal() + ")", ColdWarm.WARM_COLOUR, f.left() + 120);
    return out.append("</svg><p class=\"hint\">Bins are log-spaced; each bar is its group's share of sessions.</p>")
        .append("</figure>").toString();
  }

  private static void bar(StringBuilder out, Frame f, double x, double w, long n, long total, double top, String colour,
      String what) {
    if (n == 0) {
      return;
    }
    double percent = 100.0 * n / total;
    double y = f.y(percent / top);
    out.append("<rect class=\"mark\" x=\"").append(Html.coord(x)).append("\" y=\"").append(Html.coord(y))
        .append("\" width=\"").append(Html.coord(w)).append("\" height=\"").append(Html.coord(f.bottom() - y))
        .append("\" fill=\"").append(colour).append("\"><title>").append(Html.text(what)).append(": ").append(n)
        .append(String.format(Locale.ROOT, " (%.1f%%)", percent)).append("</title></rect>");
  }

  private static double max(long[] counts, long total) {
    long most = 0;
    for (long c : counts) {
      most = Math.max(most, c);
    }
    return total == 0 ? 0 : (double) most / total;
  }

  private static void legend(StringBuilder out, String label, String colour, double x) {
    out.append("<rect x=\"").append(Html.coord(x)).append("\" y=\"8\" width=\"14\" height=\"12\" fill=\"").append(colour)
        .append("\"/><text class=\"legend\" x=\"").append(Html.coord(x + 20)).append("\" y=\"18\">")
        .append(Html.text(label)).append("</text>");
  }
}
